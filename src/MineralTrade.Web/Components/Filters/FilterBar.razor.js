// Controls clicked before the circuit is up (issue 18, point 3). The page is drawn and readable at once; until the
// circuit attaches, a control has no handler, and the circuit's first render would reset what was ticked. So, until the
// control says it is live (data-interactive="yes", rendered by the circuit):
// - a filter changed loads the view's address, as a link would (the form's own GET, without its empty fields);
// - a display toggle (data-replay: a chart's log scale) is remembered and played again on the live control.
// Once live, Blazor's handlers take every event and this module does nothing. Loaded by App.razor, not by the circuit.

const live = element => element.dataset.interactive === 'yes';

/** The filter form's address: its fields without empty values, the sort and language of the current address kept. */
function addressOf(form, changed) {
    const fields = new FormData(form);
    // A year range the wrong way round is turned, as the live filter bar does: the other end follows the one chosen.
    const [from, to] = [fields.get('from'), fields.get('to')];
    if (from && to && Number(from) > Number(to)) {
        const chosen = changed?.name === 'to' ? to : from;
        fields.set('from', chosen);
        fields.set('to', chosen);
    }
    const query = new URLSearchParams();
    for (const [name, value] of fields) {
        if (typeof value === 'string' && value.trim() !== '' && !(name === 'period' && value === 'any')) {
            query.append(name, value.trim());
        }
    }
    // What the address says besides the filters: the list's sort and the page's language (decision 0110).
    const current = new URLSearchParams(location.search);
    for (const kept of ['sort', 'culture']) {
        if (current.get(kept)) {
            query.append(kept, current.get(kept));
        }
    }
    const text = query.toString();
    return form.getAttribute('action') + (text ? '?' + text : '');
}

document.addEventListener('change', event => {
    const target = event.target;
    if (!(target instanceof HTMLElement)) {
        return;
    }
    const form = target.closest('form.filters');
    if (form && !live(form)) {
        // A typed HS code goes with Enter (the form's submit), not with each change of the box.
        if (target.type !== 'search') {
            location.assign(addressOf(form, target));
        }
        return;
    }
    if (target.dataset.replay !== undefined && !live(target) && target.id) {
        waiting.set(target.id, target.checked);
    }
}, true);

document.addEventListener('submit', event => {
    const form = event.target;
    if (form instanceof HTMLFormElement && form.matches('form.filters') && !live(form)) {
        event.preventDefault();
        location.assign(addressOf(form));
    }
}, true);

// Toggles ticked before the circuit, by id: played again on the live control the circuit renders in their place.
const waiting = new Map();

function replay() {
    for (const [id, checked] of waiting) {
        const control = document.getElementById(id);
        if (control instanceof HTMLInputElement && live(control)) {
            waiting.delete(id);
            if (control.checked !== checked) {
                control.checked = checked;
                control.dispatchEvent(new Event('change', { bubbles: true }));
            }
        }
    }
}

new MutationObserver(() => {
    if (waiting.size > 0) {
        replay();
    }
}).observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-interactive'] });
