/// The stylesheet and the small script every page loads; served from memory, no build step.
enum Assets {
    static let stylesheet = baseStylesheet + "\n" + Indent.stylesheet + "\n"

    private static let baseStylesheet = """
    :root { --ink: #1d2433; --muted: #5b6478; --line: #d6dbe4; --brand: #8b1a1a; --bg: #f6f7f9; }
    * { box-sizing: border-box; }
    body { margin: 0; font: 15px/1.45 system-ui, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
    header.top { display: flex; justify-content: space-between; align-items: center; padding: .6rem 1.2rem; background: var(--brand); color: #fff; }
    header.top a { color: #fff; margin-right: 1rem; }
    .brand { font-weight: 700; text-decoration: none; font-size: 1.1rem; }
    .who { display: flex; gap: .8rem; align-items: center; flex-wrap: wrap; }
    main { max-width: 1100px; margin: 1rem auto; padding: 0 1rem 3rem; }
    h1 { font-size: 1.5rem; margin: .4rem 0 1rem; } h2 { font-size: 1.15rem; margin-top: 2rem; }
    table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; background: #fff; }
    caption { text-align: left; font-weight: 600; padding: .4rem 0; }
    th, td { border: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
    th { background: #eef1f5; }
    td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
    tr.mean td, tr.parent td { font-weight: 600; background: #f3f5f8; }
    .tabs { display: flex; gap: .3rem; flex-wrap: wrap; margin-bottom: 1rem; }
    .tabs a { padding: .35rem .7rem; background: #fff; border: 1px solid var(--line); border-radius: 4px; text-decoration: none; color: var(--ink); }
    .tabs a.current { background: var(--brand); color: #fff; border-color: var(--brand); }
    .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(220px, 1fr)); gap: .8rem; }
    .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem; display: flex; flex-direction: column; }
    .card strong { font-size: 1.6rem; } .card .label, .card .note, .hint, .meta { color: var(--muted); font-size: .9rem; }
    .cat.excellent { color: #0a6b3d; } .cat.good { color: #176b2c; } .cat.fair { color: #8a6100; } .cat.poor { color: #a24a00; } .cat.bad { color: #a11; }
    figure { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .6rem; margin: .6rem 0; }
    figcaption { font-weight: 600; margin-bottom: .3rem; }
    svg.chart { width: 100%; height: auto; font-size: 11px; }
    svg .label, svg .value { fill: var(--ink); } svg .value.inside { fill: #fff; } svg .reference { stroke: #333; stroke-dasharray: 4 3; }
    svg .bar { fill: #8e9bb3; } svg .bar.excellent { fill: #1f8a55; } svg .bar.good { fill: #3a9d4f; } svg .bar.fair { fill: #d4a21b; }
    svg .bar.poor { fill: #e07b1a; } svg .bar.bad { fill: #c62828; } svg .bar.budget { fill: #5a78b0; }
    form { margin: .4rem 0; } form.inline { display: inline; }
    label { display: block; margin-top: .5rem; font-weight: 600; }
    input[type=text], input[type=password], select, textarea { width: 100%; max-width: 36rem; padding: .4rem; border: 1px solid #aeb6c4; border-radius: 4px; font: inherit; }
    td input[type=text] { max-width: 12rem; text-align: right; }
    textarea { min-height: 3.5rem; }
    ul.findings { list-style: none; padding: 0; }
    li.finding { border-left: 4px solid #999; background: #fff; padding: .35rem .6rem; margin: .3rem 0; font-size: .9rem; }
    li.finding.error { border-color: #b3261e; } li.finding.warning { border-color: #c98a00; } li.finding.note { border-color: #6b7a90; }
    li.finding .badge { font-weight: 600; text-transform: uppercase; font-size: .75rem; }
    small.code { color: var(--muted); font-family: ui-monospace, monospace; font-size: .75rem; }
    small.changed, small.block { display: block; }
    .sheet-editor textarea { max-width: none; font-family: ui-monospace, monospace; font-size: .85rem; white-space: pre; overflow-x: auto; }
    table.sheet td { font-size: .85rem; }
    button { margin-top: .6rem; padding: .45rem .9rem; border: 0; border-radius: 4px; background: var(--brand); color: #fff; font: inherit; cursor: pointer; }
    header.top button { margin: 0; background: #fff; color: var(--brand); }
    .error { color: #8a1010; background: #fdecec; border: 1px solid #f3b5b5; padding: .5rem .7rem; border-radius: 4px; }
    .flash { background: #e8f5ec; border: 1px solid #a9d8b8; padding: .5rem .7rem; border-radius: 4px; }
    output.preview { display: block; margin-top: .3rem; font-weight: 600; }
    output.preview.bad { color: #8a1010; }
    section.indicator { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .4rem 1rem 1rem; margin: 1rem 0; }
    .login { max-width: 26rem; margin: 3rem auto; background: #fff; padding: 1.5rem; border: 1px solid var(--line); border-radius: 6px; }
    .comment { border-left: 3px solid var(--line); padding-left: .6rem; margin: .6rem 0; }
    .parent-notes { border-left: 4px solid #b45309; background: #fff7ed; padding: .3rem .8rem; margin: .6rem 0; }
    .parent-note { margin: .3rem 0; }
    section.submission .summary .card .note { color: #555; }
    code.digest { font-size: .8rem; word-break: break-all; }
    section.lke-component { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .2rem 1rem 1rem; margin: 1rem 0; }
    .lke-sub h3 { margin-bottom: .2rem; } .lke-sub td:first-child { width: 45%; }
    label.flag { font-weight: 400; margin-top: .2rem; }
    form.lhe button, form.recommendation button, form.follow-up button, form.verify button { display: block; }
    .suggestion { background: #eef5fb; border-left: 3px solid #5a78b0; padding: .2rem .5rem; margin-top: .4rem; font-size: .9rem; }
    tr.differs td { background: #fff8e6; } tr.overdue td { background: #fdecec; } .overdue-flag { color: #a11; }
    """

    /// Live capaian preview: as the user types a realisation, ask the server to compute it (the core's
    /// rules, not JavaScript arithmetic) and show the capaian and category or the reason it is refused.
    static let script = """
    (function () {
      var token = document.querySelector('meta[name="csrf-token"]');
      document.querySelectorAll('input[data-preview]').forEach(function (input) {
        var output = document.getElementById(input.getAttribute('data-output'));
        var timer = null;
        function preview() {
          if (!input.value.trim()) { output.textContent = ''; return; }
          var body = new URLSearchParams();
          body.set('indicatorId', input.getAttribute('data-indicator'));
          body.set('value', input.value);
          fetch(input.getAttribute('data-preview'), {
            method: 'POST', credentials: 'same-origin',
            headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded', 'X-CSRF-Token': token ? token.content : '' },
            body: body.toString()
          }).then(function (r) { return r.json(); }).then(function (data) {
            output.textContent = data.text;
            output.className = 'preview' + (data.ok ? '' : ' bad');
          }).catch(function () { output.textContent = ''; });
        }
        input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(preview, 250); });
        if (input.value) { preview(); }
      });
    })();
    """
}
