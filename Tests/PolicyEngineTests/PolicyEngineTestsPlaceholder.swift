import Testing

// Tests of the PolicyEngine module live in this target.
