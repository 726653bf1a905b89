// blackline-fixtures: regenerates samples/ and writes the standard test fixtures for inspection.
//
//   blackline-fixtures samples DIR    writes indictment.pdf, indictment.txt, indictment.case.json
//   blackline-fixtures fixtures DIR   writes the FixtureSet files (what the tests generate)
import FixtureKit
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())
func fail(_ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("blackline-fixtures: \(message)\n".utf8))
    exit(status)
}
guard arguments.count == 2, ["samples", "fixtures"].contains(arguments[0]) else {
    fail("usage: blackline-fixtures samples|fixtures DIR", status: 64)
}
let folder = URL(fileURLWithPath: arguments[1])
do {
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    switch arguments[0] {
    case "samples":
        for file in try SampleIndictment.write(to: folder) { print(file.path) }
    default:
        let set = try FixtureSet(buildingIn: folder)
        print(set.folder.path)
    }
} catch {
    fail("\(error)", status: 70)
}
