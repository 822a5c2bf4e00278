"""The tables of an HSDS CSV data package: their file names and the columns export writes."""

from __future__ import annotations

# resource name -> (file name, columns written on export)
TABLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "organization": ("organizations.csv", ("id", "name", "alternate_name", "description", "email", "website")),
    "service": (
        "services.csv",
        (
            "id",
            "organization_id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "fees_description",
            "accreditations",
            "assured_date",
            "x_kind",
            "x_services",
            "x_sources",
            "x_unverified",
        ),
    ),
    "phone": ("phones.csv", ("id", "service_id", "organization_id", "number", "type", "description")),
    "language": ("languages.csv", ("id", "service_id", "phone_id", "name", "code")),
    "service_area": ("service_areas.csv", ("id", "service_id", "name", "description", "extent_type")),
    "schedule": ("schedules.csv", ("id", "service_id", "description")),
    "location": ("locations.csv", ("id", "location_type", "organization_id", "name")),
    "address": (
        "addresses.csv",
        (
            "id",
            "location_id",
            "address_1",
            "address_2",
            "city",
            "state_province",
            "postal_code",
            "country",
            "address_type",
        ),
    ),
    "service_at_location": ("service_at_locations.csv", ("id", "service_id", "location_id")),
}
# HSDS 2.0 kept physical addresses in a table of their own; import reads it too.
LEGACY_TABLES = {"physical_address": "physical_addresses.csv"}
TRANSLATION_COLUMNS = ("x_description_", "x_schedule_", "x_translation_", "x_from_hash_")
