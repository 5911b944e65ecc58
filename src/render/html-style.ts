/**
 * The HTML report's stylesheet, inlined. System fonts only (nothing fetched). The print rules
 * open every collapsed block and start each step on a new page.
 */
export const HTML_STYLE = `
:root{--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb;--bg:#f8fafc;--accent:#1e3a8a;
--critical:#b91c1c;--warning:#b45309;--notice:#0369a1;--good:#047857;--bad:#b91c1c;--warn:#b45309}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
main,.toc,.cover,.page-footer{max-width:980px;margin:0 auto;padding:0 24px}
a{color:var(--accent)}
code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef2ff;padding:1px 5px;border-radius:3px}
.cover{background:#fff;border-bottom:4px solid var(--accent);padding:28px 24px 18px;max-width:none}
.cover>*{max-width:932px;margin-left:auto;margin-right:auto}
.kicker{text-transform:uppercase;letter-spacing:.12em;font-size:12px;color:var(--muted);margin:0 auto}
.cover h1{margin:4px auto 12px;font-size:26px;word-break:break-all}
.cover h1 a{color:var(--ink);text-decoration:none}
.facts{display:flex;flex-wrap:wrap;gap:6px 28px;margin:0 auto 18px}
.facts div{display:flex;gap:6px}.facts dt{color:var(--muted)}.facts dd{margin:0;font-weight:600}
.scores{display:grid;grid-template-columns:repeat(3,1fr);gap:14px}
.score-card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fff}
.score-label{font-size:13px;text-transform:uppercase;letter-spacing:.08em;color:var(--muted)}
.score-value{font-size:30px;font-weight:700;margin:2px 0 6px}
.meter{height:6px;background:var(--line);border-radius:3px;overflow:hidden}
.meter span{display:block;height:100%;background:var(--accent)}
.origin{font-size:12px;color:var(--muted);margin:6px 0 0}
.counts{margin:14px auto 0}
.badge{display:inline-block;font-size:12px;font-weight:600;padding:1px 8px;border-radius:10px;color:#fff}
.badge.sev-critical{background:var(--critical)}.badge.sev-warning{background:var(--warning)}.badge.sev-notice{background:var(--notice)}
.toc{margin-top:20px}
.toc h2{font-size:16px;margin:0 0 4px}
.toc ol{columns:2;margin:0;padding-left:0;list-style:none}
.toc-count{color:var(--muted);font-size:12px}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:6px 22px 18px;margin:20px 0}
section h2{font-size:21px;margin:14px 0 6px;color:var(--accent)}
.step-num{display:inline-block;min-width:30px;height:30px;line-height:30px;text-align:center;border-radius:50%;background:var(--accent);color:#fff;font-size:16px;margin-right:6px}
.summary{font-size:16px;margin:4px 0 14px}
h3{font-size:16px;margin:18px 0 6px}
h4{font-size:14px;margin:12px 0 4px}
.scroll{overflow-x:auto}
table.data{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0}
table.data th,table.data td{border-bottom:1px solid var(--line);padding:5px 8px;text-align:left;vertical-align:top}
table.data th{background:#f1f5f9;font-weight:600}
table.data td a{overflow-wrap:anywhere}
table.data td.url{min-width:11em}
.num{text-align:right!important;font-variant-numeric:tabular-nums;white-space:nowrap}
.met{color:var(--good);font-weight:600}.not-met{color:var(--bad);font-weight:600}
td.origin{font-size:12px}
td code,td.nowrap{white-space:nowrap}
.chart-figure{margin:14px 0}
.chart-figure figcaption{font-weight:600;margin-bottom:4px}
/* Charts keep a legible size on a phone: below 560 px they scroll inside their card instead of shrinking. */
.chart-scroll{overflow-x:auto}
svg.chart{max-width:100%;min-width:560px;height:auto;font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
svg .grid{stroke:var(--line)}svg .row{stroke:#f1f5f9}
svg .frame{fill:none;stroke:#cbd5e1}
svg .tick{fill:var(--muted);font-size:11px}svg .label{fill:var(--ink)}svg .value{fill:var(--ink);font-weight:600}
svg .bar{fill:var(--accent)}
svg .bar.tone-good{fill:var(--good)}svg .bar.tone-warn{fill:var(--warn)}svg .bar.tone-bad{fill:var(--bad)}
svg .bar.sev-critical{fill:var(--critical)}svg .bar.sev-warning{fill:var(--warning)}svg .bar.sev-notice{fill:var(--notice)}
svg .page-break{stroke:#64748b;stroke-dasharray:4 3}
svg .point.unranked{fill-opacity:.15}
svg .series{stroke-width:2.5}
.findings h3{margin-bottom:2px}
.sev-heading.sev-critical{color:var(--critical)}.sev-heading.sev-warning{color:var(--warning)}.sev-heading.sev-notice{color:var(--notice)}
.finding{border-left:4px solid var(--line);padding:6px 12px;margin:8px 0;background:#fcfcfd}
.finding.sev-critical{border-color:var(--critical)}.finding.sev-warning{border-color:var(--warning)}.finding.sev-notice{border-color:var(--notice)}
.finding p{margin:2px 0}
.count{color:var(--muted);font-size:13px}
details summary{cursor:pointer;color:var(--accent);font-size:13px;margin-top:4px}
ul.evidence{margin:4px 0;padding-left:20px;font-size:13px}
ul.evidence a{overflow-wrap:anywhere}
.empty{color:var(--muted);font-style:italic}
ol.sources{padding-left:0;list-style:none;font-size:14px}ol.sources li{margin:4px 0;overflow-wrap:anywhere}
a.cite{text-decoration:none}
.detail{color:var(--ink)}.related{display:block;color:var(--muted)}
.notes{color:var(--muted);font-size:14px}
.no-findings{color:var(--good)}
ol.actions{padding-left:22px}ol.actions>li{margin-bottom:10px}ol.actions p{margin:2px 0}
.meta{font-size:13px;color:var(--muted)}
.page-footer{color:var(--muted);font-size:12px;padding:12px 24px 40px}
@media (max-width:700px){.scores{grid-template-columns:1fr}.toc ol{columns:1}main,.toc,.page-footer{padding:0 10px}.cover{padding:20px 12px 14px}section{padding:4px 12px 14px}.cover h1{font-size:21px}}
main,section,.table-block,.chart-figure,.findings{min-width:0}
.finding,.summary,.notes li,.origin{overflow-wrap:anywhere}
@media print{
  body{background:#fff;font-size:10.5pt}
  .cover{border-bottom-width:2px}
  section{border:none;padding:0;margin:0}
  section.step,#next-actions,#sources{break-before:page}
  .finding,figure,tr,.score-card{break-inside:avoid}
  details::details-content{content-visibility:visible;display:block}
  details summary{list-style:none;color:var(--ink)}
  a{color:inherit;text-decoration:none}
  .scroll,.chart-scroll{overflow:visible}
  svg.chart{min-width:0}
}
`;
