extension WebAssets {
    /// One stylesheet for the three pages: phones first, large targets, system fonts only.
    static let style = #"""
    :root { --ink: #1b1f24; --muted: #4d5866; --line: #cfd6de; --bg: #f6f8fa; --card: #ffffff;
            --accent: #0b5cad; --ok: #17663a; --late: #a4161a; --warn: #8a5a00; }
    * { box-sizing: border-box; }
    html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--ink); background: var(--bg); }
    body { margin: 0; font-size: 17px; line-height: 1.45; }
    main { max-width: 640px; margin: 0 auto; padding: 12px 14px 40px; }
    body:has(.board) main { max-width: none; }
    h1 { font-size: 1.35rem; margin: 8px 0 12px; }
    h2 { font-size: 1.1rem; margin: 18px 0 8px; }
    a { color: var(--accent); }
    button { font: inherit; min-height: 48px; padding: 10px 16px; border-radius: 10px; border: 2px solid var(--accent);
             background: var(--card); color: var(--accent); font-weight: 600; cursor: pointer; }
    button.primary { background: var(--accent); color: #fff; }
    button.danger { border-color: var(--late); color: var(--late); }
    button.link { border: none; min-height: 40px; padding: 6px 8px; text-decoration: underline; }
    button:focus-visible, a:focus-visible, textarea:focus-visible, input:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
    textarea, input { font: inherit; width: 100%; padding: 10px; border: 2px solid var(--line); border-radius: 8px; background: #fff; }
    label { display: block; margin: 6px 0; color: var(--muted); }
    .notice { background: #e7f1fb; border-left: 5px solid var(--accent); padding: 10px 12px; border-radius: 6px; }
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: 6px 14px; background: var(--card);
             border: 1px solid var(--line); border-radius: 12px; padding: 14px; margin: 0; }
    .facts dt { color: var(--muted); }
    .facts dd { margin: 0; font-weight: 600; }
    .buttons { display: flex; flex-wrap: wrap; gap: 10px; }
    .buttons form { flex: 1 1 160px; }
    .buttons button { width: 100%; }
    .choices { list-style: none; padding: 0; display: grid; gap: 8px; }
    .choices button { width: 100%; text-align: left; }
    .brand { font-weight: 700; color: var(--accent); padding: 4px 0 0; }
    .contact { color: var(--muted); margin-top: 24px; }
    .where { margin: 12px 0 0; background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 8px; }
    .where svg { width: 100%; max-width: 360px; display: block; margin: 0 auto; }
    .where .ring { fill: none; stroke: var(--line); stroke-width: 1.5; }
    .where .home { font-size: 22px; fill: var(--ink); }
    .where .scale { font-size: 9px; fill: var(--muted); }
    .where .dot { fill: var(--accent); stroke: #fff; stroke-width: 2; }
    .where figcaption { color: var(--muted); font-size: .9rem; margin-top: 4px; }
    .bar { display: flex; align-items: center; gap: 10px; justify-content: space-between; }
    .bar h1 { flex: 1; }
    .net { font-size: .85rem; padding: 3px 10px; border-radius: 20px; background: #dff3e6; color: var(--ok); font-weight: 600; }
    .net.off { background: #fde2e2; color: var(--late); }
    .queue { background: #fff4d6; color: var(--warn); padding: 8px 12px; border-radius: 8px; font-weight: 600; }
    .refused { background: #fde2e2; color: var(--late); padding: 4px 12px; border-radius: 8px; margin-bottom: 10px; }
    .refused h2 { margin: 6px 0; }
    .visits { list-style: none; padding: 0; margin: 0; display: grid; gap: 12px; }
    .visit { background: var(--card); border: 1px solid var(--line); border-radius: 14px; padding: 14px; }
    .visit.done { opacity: .7; }
    .visit h2 { margin: 0 0 4px; display: flex; justify-content: space-between; gap: 8px; }
    .visit .when { color: var(--muted); margin: 0 0 6px; }
    .visit .status { font-size: .85rem; font-weight: 700; text-transform: uppercase; color: var(--accent); }
    .visit .notes { background: var(--bg); border-radius: 8px; padding: 6px 10px; }
    .visit .actions { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin-top: 10px; }
    .visit .actions button { width: 100%; }
    .visit .actions .wide { grid-column: 1 / -1; }
    .break { background: #eef3f8; border: 1px dashed var(--line); border-radius: 14px; padding: 10px 14px; color: var(--muted); font-weight: 600; }
    .board { display: grid; grid-template-columns: 2fr 1fr; grid-template-areas: "map inbox" "timeline timeline"; gap: 14px; }
    .map-box { grid-area: map; background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 6px; }
    .inbox-box { grid-area: inbox; background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 6px 12px; max-height: 444px; overflow: auto; }
    .timeline-box { grid-area: timeline; background: var(--card); border: 1px solid var(--line); border-radius: 12px; padding: 6px 12px; overflow-x: auto; }
    #map { width: 100%; height: 430px; display: block; }
    #map text { font-size: 15px; }
    #inbox { list-style: none; padding: 0; margin: 0; }
    #inbox li { border-bottom: 1px solid var(--line); padding: 8px 0; }
    #inbox .meta { color: var(--muted); font-size: .85rem; }
    #inbox li.open { border-left: 4px solid var(--warn); padding-left: 8px; }
    #inbox li.handled { color: var(--muted); }
    .lane { display: grid; grid-template-columns: 150px 1fr; align-items: center; min-height: 44px; border-bottom: 1px solid var(--line); }
    .lane button.who { min-height: 36px; padding: 4px 8px; text-align: left; border-width: 1px; }
    .track { position: relative; height: 40px; min-width: 700px; }
    .track .v { position: absolute; top: 6px; height: 28px; border-radius: 6px; border: 2px solid var(--accent); background: #e7f1fb;
                font-size: .75rem; padding: 2px 4px; overflow: hidden; white-space: nowrap; min-height: 0; font-weight: 600; color: var(--ink); }
    .track .v.risk { border-color: var(--late); background: #fde2e2; }
    .track .v.done { opacity: .55; }
    .track .p { position: absolute; top: 2px; height: 36px; width: 2px; background: var(--accent); pointer-events: none; }
    .track .f { position: absolute; top: 15px; width: 10px; height: 10px; border-radius: 50%; background: var(--ink); pointer-events: none; }
    .track .f.risk { background: var(--late); }
    .track .now { position: absolute; top: 0; bottom: 0; width: 2px; background: #f0a500; }
    .hours { position: relative; height: 18px; min-width: 700px; font-size: .75rem; color: var(--muted); }
    .hours span { position: absolute; }
    @media (max-width: 900px) { #map { height: 300px; } }
    @media (max-width: 900px) { .board { grid-template-columns: 1fr; grid-template-areas: "map" "inbox" "timeline"; } }
    """#
}
