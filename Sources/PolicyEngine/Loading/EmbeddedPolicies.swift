// Generated from policies/default.json — do not edit by hand. `EmbeddedPolicyTests` fails when the
// two differ; regenerate with: BLACKLINE_UPDATE_EMBEDDED=1 swift test --filter EmbeddedPolicyTests
/// Policies built into the binary, so that the default works without a policies folder.
enum EmbeddedPolicies {
    static let byName: [String: String] = ["default": defaultJSON]

    static let defaultJSON = #"""
{
  "name": "default",
  "description": "Release court documents about trafficking with the victims unidentifiable: redact the names and personal identifiers of victims, protected witnesses, minors and victims' relatives; keep defendants, judges, prosecutors, officials, institutions, places, law references, case numbers, dates and sums readable.",
  "languages": ["en", "sr-Latn", "sr-Cyrl", "bs", "hr"],
  "threshold": 0.5,
  "roles": {
    "protected": ["victim", "protected-witness", "minor", "relative"],
    "kept": ["defendant", "official", "judge", "prosecutor", "lawyer"]
  },
  "exemptionSets": [
    {
      "id": "eu-1049",
      "title": "Regulation (EC) No 1049/2001 on public access to documents",
      "codes": {
        "Art. 4(1)(b)": "privacy and the integrity of the individual, in particular under the law on the protection of personal data"
      }
    },
    {
      "id": "rs-zspi",
      "title": "Serbia, Law on Free Access to Information of Public Importance",
      "codes": {
        "Art. 14": "the right to privacy, reputation or another right of a person the information concerns"
      }
    }
  ],
  "allow": [],
  "deny": [],
  "rules": [
    {
      "id": "protected-party-names",
      "detector": "party-name",
      "category": "person-name",
      "action": {"kind": "label", "label": "[{PARTY}]"},
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "Name of a victim, protected witness, minor or victim's relative listed in the case registry."
    },
    {
      "id": "role-cue-names",
      "detector": "role-cue",
      "category": "person-name",
      "action": {"kind": "label", "label": "[{PARTY}]"},
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "Name of a person the text introduces as a victim, injured party, minor, protected witness or victim's relative."
    },
    {
      "id": "anonymised-initials",
      "detector": "initials",
      "category": "person-name",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "Initials of a private person; together with other details they identify the person."
    },
    {
      "id": "registered-identifiers",
      "detector": "registry-identifier",
      "category": "identifier",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "An identifier the case registry lists for a protected person."
    },
    {
      "id": "jmbg",
      "detector": "jmbg",
      "category": "national-id",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "Personal identity number (JMBG); it also encodes the date of birth."
    },
    {
      "id": "checked-personal-number",
      "detector": "checked-personal-number",
      "category": "national-id",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "Personal identification number of another country (Croatian OIB, Indian Aadhaar)."
    },
    {
      "id": "chinese-resident-id",
      "detector": "chinese-id",
      "category": "national-id",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "Chinese resident identity number."
    },
    {
      "id": "passport",
      "detector": "passport",
      "category": "passport-number",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "Passport or travel document number."
    },
    {
      "id": "iban",
      "detector": "iban",
      "category": "bank-account",
      "action": {"kind": "mask", "keepLast": 0},
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "A private person's bank account."
    },
    {
      "id": "rs-bank-account",
      "detector": "rs-bank-account",
      "category": "bank-account",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "A private person's bank account."
    },
    {
      "id": "payment-card",
      "detector": "payment-card",
      "category": "bank-account",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "A payment card number."
    },
    {
      "id": "phone",
      "detector": "phone",
      "category": "phone",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "A private person's phone number (institutions' public numbers stay)."
    },
    {
      "id": "email",
      "detector": "email",
      "category": "email",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "A private person's e-mail address (institutional addresses stay)."
    },
    {
      "id": "social-handle",
      "detector": "social-handle",
      "category": "social-handle",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "A social-media or messaging account that leads to the person."
    },
    {
      "id": "street-address",
      "detector": "street-address",
      "category": "street-address",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "Where a private person lives or stays (institutions' addresses stay)."
    },
    {
      "id": "date-of-birth",
      "detector": "date-of-birth",
      "category": "date-of-birth",
      "action": {"kind": "generalize"},
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "Date of birth of a person."
    },
    {
      "id": "age",
      "detector": "age",
      "category": "age",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "Age of a protected person."
    },
    {
      "id": "vehicle-plate",
      "detector": "vehicle-plate",
      "category": "vehicle-plate",
      "exemptions": ["Art. 4(1)(b)", "Art. 14"],
      "justification": "Registration plate of a car that leads to the person."
    }
  ]
}

"""#
}
