/// Derives a request's deadlines from its jurisdiction and status history.
///
/// Day 0 is the day of receipt. A fee notice or clarification request stops the clock as the law
/// says: a pause keeps the days remaining (the days from the stop to the answer do not count), a
/// restart begins a new period on the answer (new day 0). An extension adds days to the running
/// period. A decision ends the request stage; an appeal or complaint starts its own stage with
/// the reviewing body's period.
public enum RequestClock {
    /// Computes the clock for a request received on `received`, with `changes` in order (the first
    /// is the status the request was created with).
    public static func evaluate(
        jurisdiction: Jurisdiction, received: CivilDate, urgent: Bool, changes: [StatusChange]
    ) -> ClockReport {
        var report = ClockReport(jurisdiction: jurisdiction)
        var state = State()
        var stopCounts: [FOIStatus: Int] = [:]

        func start(_ stage: ClockReport.Stage, at date: CivilDate, period: Period?, fact: ClockReport.FactKind) {
            report.pause = nil
            guard let period else {
                state = State(stage: stage)
                report.stage = stage
                report.due = nil
                return
            }
            report.use(fact)
            state = State(stage: stage, anchor: date, days: period.days, basePeriod: period)
            report.stage = stage
            report.due = jurisdiction.deadline(from: date, days: period.days, period: period)
        }

        // Ends the count; `due` keeps the last deadline for display and statistics.
        func stopCounting() {
            state = State()
            report.stage = .none
            report.pause = nil
        }

        var previous: FOIStatus?
        for (index, change) in changes.enumerated() {
            defer { previous = change.status }
            let date = change.date
            // Resuming a stopped clock: the requester answered or paid.
            if let pause = report.pause, [.submitted, .acknowledged, .extended].contains(change.status) {
                if pause.effect == .restart {
                    state.anchor = date
                    state.days = state.basePeriod!.days
                } else {
                    state.anchor = date
                    state.days = pause.remainingDays ?? 0
                }
                report.pause = nil
                report.due = jurisdiction.deadline(from: state.anchor!, days: state.days, period: state.basePeriod!)
            }
            switch change.status {
            case .draft:
                stopCounting()
            case .submitted:
                if index == 0 {
                    start(.request, at: received, period: jurisdiction.initialPeriod(urgent: urgent),
                          fact: urgent && jurisdiction.urgent != nil ? .urgent : .response)
                    report.initialDue = report.due
                } else if previous == .draft || previous == .deliveryFailed {
                    start(.request, at: date, period: jurisdiction.initialPeriod(urgent: urgent), fact: urgent && jurisdiction.urgent != nil ? .urgent : .response)
                    report.initialDue = report.due
                    report.extendedDue = nil
                }
            case .acknowledged:
                break
            case .extended:
                guard state.stage != .none, let anchor = state.anchor, let period = state.basePeriod else {
                    report.warnings.append("an extension on \(date) came when no deadline was running; ignored")
                    break
                }
                let rule = jurisdiction.extensionRule(for: state.stage)
                if state.stage == .request, rule != nil { report.use(.extensionRule) }
                if state.stage == .appeal, rule != nil { report.use(.appeal) }
                if state.stage == .complaint, rule != nil { report.use(.complaint) }
                state.days += change.days ?? rule?.days ?? 0
                report.due = jurisdiction.deadline(from: anchor, days: state.days, period: period)
                if state.stage == .request { report.extendedDue = report.due }
            case .clarificationRequested, .feeRequired:
                guard state.stage != .none, report.pause == nil, let anchor = state.anchor, let period = state.basePeriod,
                    let rule = jurisdiction.clockRule(for: change.status), rule.effect != .none
                else { break }
                report.use(change.status == .feeRequired ? .feePause : .clarification)
                let count = stopCounts[change.status, default: 0]
                if let limit = rule.limit, count >= limit {
                    report.warnings.append("\(change.status.rawValue) on \(date) does not stop the clock again (the law allows \(limit))")
                    break
                }
                if let due = report.due, date > due {
                    report.warnings.append("\(change.status.rawValue) on \(date) came after the deadline \(due); the clock was not stopped")
                    break
                }
                stopCounts[change.status] = count + 1
                let remaining = state.days - jurisdiction.elapsedDays(from: anchor, until: date, period: period)
                report.pause = ClockReport.Pause(
                    since: date, effect: rule.effect, remainingDays: rule.effect == .pause ? max(0, remaining) : nil,
                    status: change.status)
            case .granted, .partiallyGranted, .refused, .notHeld:
                let decidedStage = state.stage
                if decidedStage == .request || (decidedStage == .none && report.firstAnswer == nil) {
                    if report.firstAnswer == nil {
                        report.firstAnswer = date
                        if let due = report.due {
                            report.answeredOnTime = report.pause != nil || date <= due
                        }
                    }
                }
                report.lastDecision = change
                report.remedyDeadline = nil
                report.remedyRole = nil
                if change.status.isAdverse {
                    let role: ClockReport.RemedyRole?
                    switch decidedStage {
                    case .appeal: role = .complaint
                    case .complaint: role = nil
                    default: role = jurisdiction.appeal != nil ? .appeal : .complaint
                    }
                    if let role, let remedy = report.remedy(role), let window = remedy.window {
                        report.use(role == .appeal ? .appeal : .complaint)
                        report.remedyDeadline = jurisdiction.deadline(from: date, days: window.days, period: window)
                        report.remedyRole = role
                    }
                }
                stopCounting()
            case .appealPending:
                let remedy = jurisdiction.appeal ?? jurisdiction.complaint
                report.remedyDeadline = nil
                let stage: ClockReport.Stage = jurisdiction.appeal != nil ? .appeal : .complaint
                report.use(stage == .appeal ? .appeal : .complaint)
                start(stage, at: date, period: remedy?.decision, fact: stage == .appeal ? .appeal : .complaint)
            case .complaintPending:
                report.remedyDeadline = nil
                report.use(.complaint)
                start(.complaint, at: date, period: jurisdiction.complaint?.decision, fact: .complaint)
            case .deliveryFailed, .handledOffline, .litigation, .withdrawn, .closed:
                stopCounting()
                if change.status == .litigation { report.remedyDeadline = nil }
            }
        }

        // Silence remedies and very overdue apply to the running stage.
        if report.isRunning, report.due != nil {
            switch state.stage {
            case .request:
                let role: ClockReport.RemedyRole = jurisdiction.appeal != nil ? .appeal : .complaint
                report.silenceRemedyRole = report.remedy(role).map { $0.afterSilence == .none ? nil : role } ?? nil
            case .appeal:
                report.silenceRemedyRole = jurisdiction.complaint.map { $0.afterSilence == .none ? nil : .complaint } ?? nil
            default:
                report.silenceRemedyRole = nil
            }
            if jurisdiction.veryOverdue != nil { report.use(.veryOverdue) }
        }
        if let due = report.due, due.year > jurisdiction.knownUntil {
            report.warnings.append(
                "the deadline \(due) is past \(jurisdiction.knownUntil), the last year \(jurisdiction.id)'s holidays are known for; check it by hand")
        }
        report.use(.holidays)
        return report
    }

    /// The counting state of the running stage.
    private struct State {
        var stage: ClockReport.Stage = .none
        /// Day 0 of the current count.
        var anchor: CivilDate?
        /// Days to count from the anchor (extensions added, pauses subtracted).
        var days: Int = 0
        /// How the stage counts.
        var basePeriod: Period?
    }
}
