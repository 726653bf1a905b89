// blackline-fixtures: regenerates samples/ and test fixtures (see Makefile `samples`).
import Foundation

FileHandle.standardError.write(Data("blackline-fixtures: nothing to generate yet\n".utf8))
