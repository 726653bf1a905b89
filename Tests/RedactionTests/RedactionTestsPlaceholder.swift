import Testing

// Tests of the Redaction module live in this target.
