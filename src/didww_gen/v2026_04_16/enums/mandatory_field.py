# generated from spec/2026-04-16 by codegen, do not edit
"""``MandatoryField``: an enum of the DIDWW API 2026-04-16."""

from didww_gen._enums import ApiStrEnum

__all__ = ["MandatoryField"]


class MandatoryField(ApiStrEnum):
    """A field an identity must have to meet an address requirement."""

    BIRTH_DATE = "birth_date"
    BIRTH_COUNTRY = "birth_country"
    COUNTRY = "country"
    PERSONAL_TAX_ID = "personal_tax_id"
    ID_NUMBER = "id_number"
    VAT_ID = "vat_id"
    COMPANY_REG_NUMBER = "company_reg_number"
    CONTACT_EMAIL = "contact_email"
