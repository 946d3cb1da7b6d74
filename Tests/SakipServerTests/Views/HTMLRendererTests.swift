import Foundation
@testable import SakipServer
import Testing

/// The one place values become HTML: text and attribute values are escaped, names are checked, URLs
/// limited to safe schemes, and inline script or style cannot be written.
struct HTMLRendererTests {
    @Test func text_escapesMarkupCharacters_andKeepsQuotes() {
        let html = HTMLRenderer.fragment(.p(.text("<script>alert('x') & \"y\"</script>")))
        #expect(html == "<p>&lt;script&gt;alert('x') &amp; \"y\"&lt;/script&gt;</p>")
    }

    @Test func attributeValue_escapesBothQuotes_soItCannotEndEarly() {
        let html = HTMLRenderer.fragment(.input(.value("\"><svg onload=alert(1)>"), .ariaLabel("' onmouseover='x")))
        #expect(html == "<input value=\"&quot;&gt;&lt;svg onload=alert(1)&gt;\" aria-label=\"&#39; onmouseover=&#39;x\">")
    }

    @Test func endTagsOfTitleAndTextarea_inAValue_areEscaped() {
        let title = HTMLRenderer.fragment(.title("</title><script>x</script>"))
        let area = HTMLRenderer.fragment(.textarea(.text("</textarea><img src=x>")))
        #expect(title == "<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>")
        #expect(area == "<textarea>&lt;/textarea&gt;&lt;img src=x&gt;</textarea>")
    }

    @Test func controlCharacters_becomeTheReplacementCharacter() {
        let html = HTMLRenderer.fragment(.p(.text("a\u{0}b\u{1B}c\td\ne"), .class("x\u{0}y")))
        #expect(html == "<p class=\"x\u{FFFD}y\">a\u{FFFD}b\u{FFFD}c\td\ne</p>")
    }

    @Test func textareaStartingWithANewline_keepsIt() {
        #expect(HTMLRenderer.fragment(.textarea(.text("\nbaris"))) == "<textarea>\n\nbaris</textarea>")
        #expect(HTMLRenderer.fragment(.textarea(.text("baris"))) == "<textarea>baris</textarea>")
    }

    @Test func javascriptAndDataURLs_becomeAHarmlessFragment() {
        for url in ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "\u{1}javascript:x", "data:text/html,<b>", "vbscript:x"] {
            #expect(HTMLRenderer.fragment(.a(.href(url))) == "<a href=\"#\"></a>", "\(url)")
        }
        for url in ["/kantor/655921/2024", "https://kpu.go.id/a:b", "mailto:a@kpu.go.id", "#reviu", "?q=a:b"] {
            let html = HTMLRenderer.fragment(.a(.href(url)))
            #expect(html != "<a href=\"#\"></a>" || url == "#reviu", "\(url)")
        }
        #expect(HTMLRenderer.fragment(.form(.action("javascript:x"))) == "<form action=\"#\"></form>")
    }

    @Test func attributesAnywhereAmongChildren_goIntoTheStartTag_lastOneWins() {
        let html = HTMLRenderer.fragment(.div(.text("a"), .class("one"), .group(.id("x"), .class("two")), .span(.text("b"))))
        #expect(html == "<div class=\"two\" id=\"x\">a<span>b</span></div>")
    }

    @Test func emptyClass_isOmitted_andVoidElementsHaveNoEndTag() {
        #expect(HTMLRenderer.fragment(.a(.class(""), .href("/"))) == "<a href=\"/\"></a>")
        #expect(HTMLRenderer.fragment(.meta(.name("a"), .content("b"))) == "<meta name=\"a\" content=\"b\">")
    }

    @Test func scriptIsOnlyLoadedFromAFile() {
        #expect(HTMLRenderer.fragment(.script(src: "/static/app.js")) == "<script src=\"/static/app.js\"></script>")
    }

    @Test func names_areChecked() {
        #expect(HTMLName.isElementName("figcaption") && HTMLName.isElementName("h1"))
        #expect(!HTMLName.isElementName("") && !HTMLName.isElementName("a b") && !HTMLName.isElementName("1a") && !HTMLName.isElementName("a>"))
        #expect(HTMLName.isAllowedAttribute("aria-label") && HTMLName.isAllowedAttribute("data-preview") && HTMLName.isAllowedAttribute("viewBox"))
        for name in ["onclick", "ONLOAD", "style", "srcdoc", "a b", "a\"", "a=b", "", "-x"] {
            #expect(!HTMLName.isAllowedAttribute(name), "\(name)")
        }
    }

    @Test func document_startsWithTheDoctype() {
        #expect(HTMLRenderer.document(.html(.attribute(named: "lang", value: "id"))) == "<!DOCTYPE html><html lang=\"id\"></html>")
    }

    @Test func layout_putsTheTitleAndTheViewerThroughTheEscaper() {
        let viewer = Viewer(name: "<b>Budi</b>", role: .officeOperator, officeName: "\"><svg onload=alert(1)>")
        let html = Layout.render(title: "</title><script>alert(1)</script>", viewer: viewer, csrf: "\"x", flash: "<i>ok</i>", content: .empty)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<svg onload"))
        #expect(!html.contains("<b>Budi") && !html.contains("<i>ok"))
        #expect(html.contains("content=\"&quot;x\""))
        #expect(!html.contains("og:title") && !html.contains("style="))
    }
}
