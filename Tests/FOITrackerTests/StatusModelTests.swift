import FOITracker
import Testing

@Suite("The status model")
struct StatusModelTests {
    @Test("valid transitions follow the request's life", arguments: [
        (FOIStatus.draft, FOIStatus.submitted), (.submitted, .acknowledged), (.acknowledged, .extended), (.extended, .granted),
        (.submitted, .clarificationRequested), (.clarificationRequested, .submitted), (.feeRequired, .acknowledged),
        (.refused, .appealPending), (.appealPending, .complaintPending), (.complaintPending, .litigation), (.litigation, .partiallyGranted),
        (.deliveryFailed, .submitted), (.partiallyGranted, .granted), (.granted, .closed), (.submitted, .withdrawn),
    ])
    func valid(from: FOIStatus, to: FOIStatus) {
        #expect(from.canMove(to: to))
    }

    @Test("invalid transitions are refused", arguments: [
        (FOIStatus.draft, FOIStatus.granted), (.acknowledged, .submitted), (.extended, .extended), (.closed, .submitted),
        (.withdrawn, .granted), (.granted, .refused), (.deliveryFailed, .granted), (.feeRequired, .clarificationRequested),
    ])
    func invalid(from: FOIStatus, to: FOIStatus) {
        #expect(!from.canMove(to: to))
    }

    @Test("terminal states have no way out; every other state has one")
    func terminal() {
        for status in FOIStatus.allCases {
            #expect(status.validNextStates.isEmpty == status.isTerminal, "\(status)")
            #expect(!status.validNextStates.contains(status) || status == .extended, "\(status) loops onto itself")
        }
    }

    @Test("status names parse with - or _")
    func names() {
        #expect(FOIStatus(name: "not-held") == .notHeld)
        #expect(FOIStatus(name: "partially_granted") == .partiallyGranted)
        #expect(FOIStatus(name: "approved") == nil)
    }
}
