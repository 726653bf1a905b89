import Testing

// Tests of the Review module live in this target.
