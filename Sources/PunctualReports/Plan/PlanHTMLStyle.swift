import Punctual
import PunctualCore
/// The plan page's inline style sheet: system fonts only, light cards, tables that read at a
/// glance, and print rules that keep sections whole and colours on paper.
enum PlanHTMLStyle {
    /// Rules that dim every other technician's marks while one technician's route, row or section
    /// is hovered; CSS only (`:has`), so the page needs no script.
    static func highlightRules(routeCount: Int) -> String {
        (0..<routeCount).map { index in
            "body:has([data-tech=\"\(index)\"]:hover) svg [data-tech]:not([data-tech=\"\(index)\"]){opacity:.15}"
        }.joined(separator: "\n")
    }

    static let sheet = """
        :root{--ink:#0f172a;--muted:#64748b;--line:#e2e8f0;--panel:#ffffff;--page:#f1f5f9;--risk:#dc2626;--warn:#b45309;--ok:#15803d}
        *{box-sizing:border-box}
        body{margin:0;background:var(--page);color:var(--ink);font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
        main{max-width:1120px;margin:0 auto;padding:24px 20px 48px}
        header h1{margin:0 0 4px;font-size:26px;letter-spacing:-.01em}
        header .date{font-size:17px;margin:0 0 10px;color:#334155}
        .chips{display:flex;flex-wrap:wrap;gap:6px;margin:0;padding:0;list-style:none}
        .chips li{background:#e2e8f0;border-radius:999px;padding:2px 10px;font-size:12.5px;color:#334155}
        .chips li.state-published{background:#dcfce7;color:#166534}
        .chips li.state-draft{background:#fef9c3;color:#854d0e}
        .chips li.state-superseded{background:#e5e7eb;color:#4b5563}
        section{margin-top:22px}
        h2{font-size:18px;margin:0 0 10px}
        h3{font-size:15.5px;margin:0 0 6px;display:flex;align-items:center;gap:8px}
        .panel{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:16px}
        .warnings{background:#fffbeb;border:1px solid #fcd34d;border-left:5px solid #f59e0b;border-radius:8px;padding:10px 14px}
        .warnings h2{font-size:15px;color:var(--warn);margin:0 0 4px}
        .warnings ul{margin:0;padding-left:20px}
        .alert{background:#fef2f2;border:1px solid #fecaca;border-left:6px solid var(--risk);border-radius:8px;padding:12px 16px}
        .alert h2{color:var(--risk)}
        .alert ol{margin:0;padding-left:20px}
        .alert li{margin:6px 0}
        .alert .proposal{display:block;margin-top:2px}
        .kpis{display:grid;grid-template-columns:repeat(auto-fill,minmax(160px,1fr));gap:10px}
        .kpi{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:10px 14px}
        .kpi .value{font-size:24px;font-weight:650;font-variant-numeric:tabular-nums}
        .kpi .label{font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em}
        .kpi .note{font-size:12px;color:var(--muted)}
        .kpi.bad{border-color:#fca5a5;background:#fef2f2}.kpi.bad .value{color:var(--risk)}
        .kpi.warn{border-color:#fcd34d;background:#fffbeb}.kpi.warn .value{color:var(--warn)}
        .figure svg{display:block;width:100%;height:auto}
        .tech{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:14px 16px;margin-top:14px}
        .swatch{display:inline-block;width:14px;height:14px;border-radius:50%;flex:none}
        .summary{color:#334155;margin:0 0 10px;font-size:13px}
        .tables{display:grid;grid-template-columns:1fr;gap:14px}
        .tables .checklist{max-width:720px}
        table{border-collapse:collapse;width:100%;font-size:13px}
        caption{text-align:left;font-weight:600;font-size:12px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;padding-bottom:4px}
        th,td{padding:4px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
        th{font-size:12px;color:var(--muted);font-weight:600;background:#f8fafc}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        td.nowrap{white-space:nowrap}
        tr.risk td{background:#fef2f2}
        .badge{display:inline-block;border-radius:4px;padding:0 5px;font-size:11px;font-weight:600;margin-left:4px;vertical-align:1px}
        .badge.promised{background:#1e293b;color:#fff}
        .badge.risk{background:var(--risk);color:#fff}
        .badge.broken{background:var(--risk);color:#fff}
        .badge.load{background:#dbeafe;color:#1e40af}
        .muted{color:var(--muted)}
        .address{color:var(--muted);font-size:12px}
        footer{margin-top:28px;color:var(--muted);font-size:12px}
        @media print{
          body{background:#fff;font-size:10.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
          main{max-width:none;padding:0}
          .panel,.tech,.kpi{border-color:#cbd5e1}
          .tech,.kpi,.alert,.warnings,tr{break-inside:avoid}
          #map,#timeline,.figure{break-inside:avoid}
          h2,h3{break-after:avoid}
          @page{margin:12mm}
        }
        """
}
