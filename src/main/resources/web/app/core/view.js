// The base of every screen: Lit in light DOM (native forms, labels and one global style sheet work as in a plain
// page), re-rendered when the language changes. Lit escapes every value it renders as text: user text is never
// HTML here (no unsafeHTML, no innerHTML; WebSourceRulesTest greps for them).
import { LitElement } from 'lit';

export class View extends LitElement {
  createRenderRoot() {
    return this;
  }

  connectedCallback() {
    super.connectedCallback();
    this.relabel = () => this.requestUpdate();
    window.addEventListener('uc-lang', this.relabel);
  }

  disconnectedCallback() {
    window.removeEventListener('uc-lang', this.relabel);
    super.disconnectedCallback();
  }
}

/** Moves the keyboard focus to the screen's heading after navigation, so screen readers announce the new screen. */
export function focusHeading(root) {
  const heading = root.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: false });
  }
}
