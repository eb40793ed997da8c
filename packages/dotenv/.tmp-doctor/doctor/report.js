/**
 * What `keylint-env doctor` found, and exactly what `--format json` prints (docs/doctor.md
 * documents it; bump `version` on any incompatible change). No field ever holds a key: values
 * appear as fingerprints, base URLs with any key-shaped part redacted.
 */
export const DOCTOR_REPORT_VERSION = 1;
//# sourceMappingURL=report.js.map