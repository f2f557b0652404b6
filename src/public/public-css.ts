// Served at /static/public.css. Small enough to inline, kept as one cached file so pages stay light.
// Colours meet WCAG AA contrast: text #1b1b1b on white, links #0a4f9e, header white on #0b3d6b.
export const PUBLIC_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;overflow-wrap:anywhere;font:16px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1b1b1b;background:#fff}
.wrap{max-width:60rem;margin:0 auto;padding:0 1rem}
a{color:#0a4f9e}
a:hover{color:#06305f}
:focus-visible{outline:3px solid #e8a300;outline-offset:2px}
.skip{position:absolute;left:-999px;top:0;background:#fff;color:#0a4f9e;padding:.5rem 1rem;z-index:10}
.skip:focus{left:0}
header.site{background:#0b3d6b;color:#fff}
header.site .wrap{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem 1rem;padding:.6rem 1rem}
header.site a{color:#fff}
.brand{font-weight:700;text-decoration:none;flex:1 1 auto}
.switch{font-size:.9rem}
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .9rem}
nav a{display:inline-block;padding:.3rem 0;text-decoration:none}
nav a[aria-current=page]{border-bottom:3px solid #e8a300}
nav{flex:1 1 100%}
main{padding-top:1rem;padding-bottom:2rem}
main:focus{outline:none}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 .75rem}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:1rem 0 .4rem}
.lead{font-size:1.05rem}
.muted{color:#555}
.flag{background:#fff4d6;border-left:4px solid #b36b00;padding:.4rem .6rem;margin:.4rem 0}
.badge{display:inline-block;font-size:.8rem;padding:0 .45rem;border-radius:.7rem;background:#e7eef7;color:#0b3d6b}
.badge.replaced,.badge.expired{background:#fde8e8;color:#8a1c1c}
.badge.amended,.badge.unknown{background:#fff4d6;color:#6b4000}
.relation{display:block}
form.filters{display:grid;gap:.6rem;background:#f3f6fa;padding:.8rem;border-radius:.4rem;margin:.5rem 0 1rem}
label{display:block;font-weight:600;margin-bottom:.15rem}
input,select,textarea,button{font:inherit;max-width:100%}
input[type=search],input[type=text],input[type=email],input[type=month],select,textarea{width:100%;padding:.5rem;border:1px solid #6b7280;border-radius:.3rem;background:#fff;color:#1b1b1b}
textarea{min-height:8rem}
.check label{display:inline;font-weight:400}
button,.button{display:inline-block;padding:.55rem 1rem;border:0;border-radius:.3rem;background:#0a4f9e;color:#fff;text-decoration:none;cursor:pointer}
button:hover,.button:hover{background:#06305f;color:#fff}
.error{color:#a01616;font-weight:600}
.field-error{color:#a01616;margin:.15rem 0 0}
ul.list{padding-left:1.2rem}
ul.plain{list-style:none;padding:0}
.card{border:1px solid #d5dbe3;border-radius:.4rem;padding:.7rem .9rem;margin:.6rem 0}
.card h2,.card h3,.card h4{margin-top:0}
.card h4{font-size:1.05rem;margin-bottom:.3rem}
dl.facts{display:grid;grid-template-columns:1fr;gap:.1rem .8rem;margin:.5rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0 0 .5rem}
.channels{display:flex;flex-wrap:wrap;gap:.5rem}
.qr{display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
.qr svg{width:9rem;height:9rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}
th,td{text-align:left;padding:.4rem;border-bottom:1px solid #d5dbe3;vertical-align:top;overflow-wrap:break-word}
th{background:#f3f6fa}
td.num,th.num{text-align:right}
.table-wrap{overflow-x:auto}
svg.chart{width:100%;max-width:40rem;height:auto;display:block;margin:.5rem 0 1rem}
svg.chart text{font:14px system-ui,sans-serif;fill:#1b1b1b}
svg.chart text.target{fill:#7a4800}
.pager{display:flex;flex-wrap:wrap;align-items:center;gap:.5rem 1rem;margin:1rem 0}
.pager .pages{display:flex;flex-wrap:wrap;gap:.25rem .6rem}
.answer-text{white-space:pre-line}
.receipt{background:#e8f5ec;border-left:4px solid #1d6b35;padding:.8rem}
footer.site{border-top:1px solid #d5dbe3;color:#555;font-size:.9rem;padding:1rem 0}
.sheet{display:grid;grid-template-columns:repeat(2,1fr);gap:4mm}
.sheet .tile{border:1px solid #999;padding:3mm;text-align:center;break-inside:avoid}
.sheet .tile svg{width:38mm;height:38mm}
.sheet .tile p{margin:.2rem 0;font-size:.85rem;line-height:1.3}
@media (min-width:40rem){
  nav{flex:0 1 auto}
  dl.facts{grid-template-columns:12rem 1fr}
  form.filters{grid-template-columns:repeat(auto-fit,minmax(11rem,1fr));align-items:end}
  form.filters .wide{grid-column:1/-1}
  .sheet{grid-template-columns:repeat(3,1fr)}
}
@page{size:A4;margin:10mm}
@media print{
  header.site,footer.site,.skip,.no-print{display:none}
  body{font-size:11pt}
  .wrap{max-width:none;padding:0}
  .sheet{grid-template-columns:repeat(3,1fr)}
  a{color:#000;text-decoration:none}
}
`;
