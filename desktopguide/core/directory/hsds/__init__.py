"""Open Referral HSDS 3.0: the directory exported as a CSV data package or JSON, and imported back.

One directory record is one HSDS organization with one service. Fields HSDS has are
used as HSDS names them (organization: name, alternate_name, description, email,
website; service: name, description, url, email, status, fees_description,
accreditations, assured_date; phones, languages, service_areas, schedules, locations
and addresses). What HSDS has no field for is carried in extension columns that start
with `x_`, as HSDS's "extend" pattern suggests: `x_kind`, `x_services`, `x_sources`,
`x_unverified`, and per translated language `x_description_<lang>`, `x_schedule_<lang>`,
`x_translation_<lang>` (machine or reviewed) and `x_from_hash_<lang>`. So export then
import gives the same records, and an office's own spreadsheet needs only the HSDS
columns plus a service category and a source (or the import's defaults).

Modules: `tables` (the package's files and columns), `cells` (formula quoting, list cells),
`items` (what is read, and the problems found), `export` (records to HSDS), `reader`
(HSDS files to bundles of items) and `importer` (bundles to checked records).
"""
