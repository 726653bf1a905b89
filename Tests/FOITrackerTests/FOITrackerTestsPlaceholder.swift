import Testing

// Tests of the FOITracker module live in this target.
