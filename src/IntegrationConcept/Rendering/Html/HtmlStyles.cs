using System;
using System.Security.Cryptography;
using System.Text;

namespace IntegrationConcept.Rendering.Html;

/// <summary>The report's one style sheet (screen and A4 print) and its hash for the Content-Security-Policy.</summary>
internal static class HtmlStyles
{
    public const string Css = """
:root{--ink:#1a1a1a;--muted:#4a4a4a;--rule:#c8c8c8;--head:#eef2f6;--accent:#1f4e79}
*{box-sizing:border-box}
body{margin:0;color:var(--ink);background:#fff;font:15px/1.45 "Segoe UI","Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif}
main{max-width:70rem;margin:0 auto;padding:1.5rem 2rem 3rem}
h1{font-size:1.7rem;line-height:1.2;margin:0 0 .6rem;color:var(--accent)}
h2{font-size:1.35rem;margin:2.2rem 0 .6rem;padding-bottom:.2rem;border-bottom:2px solid var(--accent);color:var(--accent)}
h3{font-size:1.1rem;margin:1.6rem 0 .4rem}
h4{font-size:1rem;margin:1.2rem 0 .3rem}
p{margin:.4rem 0 .7rem;max-width:60rem}
p.lead{font-size:1.08rem;padding:.6rem .8rem;background:var(--head);border-left:4px solid var(--accent)}
ul{margin:.3rem 0 .8rem;padding-left:1.3rem}
li{margin:.15rem 0}
ul.meta{list-style:none;padding:0;color:var(--muted)}
nav ol{columns:2;margin:.4rem 0 1rem;padding-left:1.3rem}
a{color:var(--accent)}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.2rem;font-size:.9rem}
caption{text-align:left;font-weight:600;padding:.2rem 0 .4rem}
th,td{border:1px solid var(--rule);padding:.3rem .45rem;vertical-align:top;text-align:left}
thead th{background:var(--head)}
tbody th{font-weight:normal}
tr.total th,tr.total td{font-weight:700;border-top:2px solid var(--ink)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.tone{font-weight:600}
.sym{display:inline-block;width:1.1em;text-align:center;margin-right:.25em}
.covered,.green{background:#dcefd8;color:#14461a}
.partly,.yellow{background:#fff1c4;color:#5c4300}
.uncovered,.red{background:#f8d9d7;color:#7c1712}
.outofscope,.norating{background:#ececec;color:#3d3d3d}
figure{margin:1rem 0 1.4rem;break-inside:avoid}
figcaption{font-weight:600;margin-bottom:.3rem}
figure svg{display:block;max-width:100%;height:auto}
.desc{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
@page{size:A4;margin:16mm 14mm 18mm}
@media print{
body{font-size:10pt}
main{max-width:none;padding:0}
nav{display:none}
h2{break-after:avoid}
h3,h4,caption{break-after:avoid}
section.chapter{break-before:page}
section.chapter.first{break-before:auto}
table{font-size:8.5pt}
thead{display:table-header-group}
tr,figure,li{break-inside:avoid}
a{color:inherit;text-decoration:none}
}
""";

    /// <summary>The CSP source that allows exactly this style sheet and nothing else.</summary>
    public static string CspHash { get; } = "'sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css))) + "'";
}
