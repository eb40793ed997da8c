import type { DoctorReport } from './report.js';
export declare function renderDoctorText(report: DoctorReport, color: boolean): string;
//# sourceMappingURL=render-text.d.ts.map