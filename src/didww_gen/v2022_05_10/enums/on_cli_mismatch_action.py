# generated from spec/2022-05-10 by codegen, do not edit
"""``OnCliMismatchAction``: an enum of the DIDWW API 2022-05-10."""

from didww_gen._enums import ApiStrEnum

__all__ = ["OnCliMismatchAction"]


class OnCliMismatchAction(ApiStrEnum):
    """What a voice out trunk does when the FROM header value does not match any of the allowed DIDs."""

    SEND_ORIGINAL_CLI = "send_original_cli"
    """Pass the FROM header value to the termination gateway."""
    REJECT_CALL = "reject_call"
    """Reject the call if the FROM header value does not match any of the allowed DIDs."""
    REPLACE_CLI = "replace_cli"
    """Replace a CLI that matches no allowed DID."""
    RANDOMIZE_CLI = "randomize_cli"
    """Replace a CLI that matches no allowed DID by a random allowed DID."""
