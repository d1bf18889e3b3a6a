/**
 * The report's own style and script, inlined so the file needs nothing from the network. The script
 * sorts the table by a column and filters its rows; the page's CSP allows exactly this script (by its
 * hash) and nothing else, so user text can never run as script even if escaping were ever missed.
 */
import { createHash } from 'node:crypto';

export const STYLE = `
:root{color-scheme:light;--ink:#111827;--muted:#6b7280;--line:#e5e7eb;--bg:#f8fafc;--card:#fff;--code:#0f766e;--cowork:#7c3aed;--both:#c2410c}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1320px;margin:0 auto;padding:32px 24px 48px;display:flex;flex-direction:column;gap:24px}
header{order:-2}
header h1{margin:0;font-size:24px;letter-spacing:-.01em}
header p{margin:4px 0 0;color:var(--muted)}
.summary{order:-1;display:flex;flex-direction:column;gap:24px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(170px,1fr));gap:12px}
.card{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:14px 16px}
.card .n{font-size:28px;font-weight:650;line-height:1.1}
.card .l{color:var(--muted);font-size:13px}
.card.code{border-top:4px solid var(--code)}.card.cowork{border-top:4px solid var(--cowork)}.card.both{border-top:4px solid var(--both)}.card.ask{border-top:4px solid #64748b}
.panel{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:16px 18px}
.panel h2{margin:0 0 12px;font-size:15px}
.chart{display:block;width:100%;height:44px}
.chart text{fill:#fff;font:600 15px system-ui,sans-serif}
.legend{display:flex;flex-wrap:wrap;gap:16px;margin-top:10px;color:var(--muted);font-size:13px}
.legend span::before{content:"";display:inline-block;width:10px;height:10px;border-radius:3px;margin-right:6px;background:var(--c)}
.columns{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
.bars{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:8px}
.bars li{display:grid;grid-template-columns:1fr auto;align-items:center;gap:3px 10px;font-size:13px}
.bars li .chip{justify-self:start;margin:0}
.bars .bar{grid-column:1/-1;height:6px;border-radius:3px;background:#e2e8f0;overflow:hidden}
.bars .bar i{display:block;height:100%;background:#475569}
.bars .none{color:var(--muted)}
.skipped{margin:0;padding-left:18px;color:#9a3412}
.tools{display:flex;justify-content:space-between;align-items:center;gap:12px;margin-bottom:10px}
.tools input{width:min(360px,100%);padding:7px 10px;border:1px solid #cbd5e1;border-radius:8px;font:inherit}
.tools h2{margin:0}
.tools .find{display:flex;align-items:center;gap:10px;flex:1;justify-content:flex-end}
.tools .count{color:var(--muted);font-size:13px;white-space:nowrap}
.scroll{overflow-x:auto}
table{width:100%;border-collapse:collapse;font-size:13px}
th{position:sticky;top:0;background:#f1f5f9;text-align:left;font-weight:600;border-bottom:1px solid var(--line);white-space:nowrap}
th button{all:unset;cursor:pointer;display:block;padding:8px 10px}
th button:focus-visible{outline:2px solid #2563eb;outline-offset:-2px}
th[aria-sort=ascending] button::after{content:" ▲";font-size:10px}
th[aria-sort=descending] button::after{content:" ▼";font-size:10px}
td{padding:8px 10px;border-bottom:1px solid var(--line);vertical-align:top}
tbody tr:hover{background:#f8fafc}
td.task{min-width:260px;white-space:pre-line;overflow-wrap:anywhere}
td.question{min-width:170px;max-width:240px}
td.id{white-space:nowrap;color:#334155;font-variant-numeric:tabular-nums}
.pill{display:inline-block;padding:1px 8px;border-radius:999px;color:#fff;font-size:12px;font-weight:600;white-space:nowrap}
.pill.code{background:var(--code)}.pill.cowork{background:var(--cowork)}.pill.both{background:var(--both)}
.conf{display:flex;align-items:center;gap:6px;font-variant-numeric:tabular-nums}
.conf i{display:inline-block;width:42px;height:6px;border-radius:3px;background:#e2e8f0;overflow:hidden}
.conf i b{display:block;height:100%;background:#334155}
.chip{display:inline-block;margin:0 4px 4px 0;padding:0 6px;border-radius:6px;background:#f1f5f9;color:#334155;font:11.5px ui-monospace,SFMono-Regular,Menlo,monospace;white-space:nowrap}
.chip.caveat{background:#fff7ed;color:#9a3412}
.chip.rule-code{background:#ccfbf1;color:#115e59}.chip.rule-cowork{background:#ede9fe;color:#5b21b6}
.question{color:#1e3a8a}
footer{color:var(--muted);font-size:12px}
`;

/** Sorts by the clicked column (numbers by value, text by locale) and filters rows by the search box. */
export const SCRIPT = `
(function(){
  var table=document.getElementById('rows');var body=table.tBodies[0];
  var heads=table.tHead.rows[0].cells;var filter=document.getElementById('filter');var count=document.getElementById('shown');
  count.textContent=String(body.rows.length);
  function key(row,i){var cell=row.cells[i];var v=cell.getAttribute('data-v');return v===null?cell.textContent:v;}
  Array.prototype.forEach.call(heads,function(th,i){
    th.querySelector('button').addEventListener('click',function(){
      var dir=th.getAttribute('aria-sort')==='ascending'?-1:1;
      Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
      th.setAttribute('aria-sort',dir===1?'ascending':'descending');
      var numeric=th.getAttribute('data-type')==='number';
      var rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){var x=key(a,i),y=key(b,i);return dir*(numeric?Number(x)-Number(y):x.localeCompare(y,undefined,{numeric:true}));});
      var frag=document.createDocumentFragment();rows.forEach(function(r){frag.appendChild(r);});body.appendChild(frag);
    });
  });
  filter.addEventListener('input',function(){
    var q=filter.value.toLowerCase();var n=0;
    Array.prototype.forEach.call(body.rows,function(r){var hit=r.textContent.toLowerCase().indexOf(q)!==-1;r.hidden=!hit;if(hit)n++;});
    count.textContent=String(n);
  });
})();
`;

/** The Content-Security-Policy of the page: no network at all, our style, and only our script. */
export function contentSecurityPolicy(): string {
  const hash = createHash('sha256').update(SCRIPT).digest('base64');
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}
