import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Plot
import Vapor
