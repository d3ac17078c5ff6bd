// An abbreviation's meaning by touch (issue 18, point 11). A phone has no hover, so a title alone is read by no one
// there: a tap on an abbreviation (abbr[title], Words.razor) writes its meaning beside it, a second tap takes it away.
// Inside a link or a label a touch's first tap shows the meaning and the next one does what the link or label does (a
// mouse has the hover, and its click goes through). Loaded by App.razor: it works before the circuit, on prerendered text.
let pointer = 'mouse';
document.addEventListener('pointerdown', event => { pointer = event.pointerType; }, true);
document.addEventListener('click', event => {
    const term = event.target instanceof Element ? event.target.closest('abbr[title]') : null;
    if (!term) return;
    if (term.closest('a, label, button, summary')) {
        if (pointer === 'mouse' || term.classList.contains('open')) return;
        event.preventDefault();
    }
    term.classList.toggle('open');
});
