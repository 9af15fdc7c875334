"""The disposition codes and urgency levels of the triage contract (../shared/triage-contract.md).

Kept here as a literal, not read from data/, so the evaluation judges the bot against the fixed
contract rather than against the bot's own idea of it.
"""

LEVEL: dict[str, int] = {
    "call_999": 5,
    "emergency_department": 4,
    "urgent_treatment_centre": 3,
    "nhs_111": 3,
    "mental_health_crisis": 3,
    "gp_urgent": 3,
    "emergency_dental": 3,
    "midwife": 3,
    "optometrist": 2,
    "gp_routine": 2,
    "dentist": 2,
    "sexual_health": 2,
    "community_service": 1,
    "talking_therapies": 1,
    "pharmacy": 1,
    "self_care": 0,
}

LEVELS = range(0, 6)
EMERGENCY_LEVEL = 4  # min_level at or above this is an emergency for emergency recall
