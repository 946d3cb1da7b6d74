import Vapor

/// The JSON answer of calls made by the page's script: whether it worked and what to show.
struct FeedbackJSON: Content {
    var ok: Bool
    var text: String
}
