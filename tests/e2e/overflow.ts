// What overflows on the page now: an element that runs out of the window, or whose content is
// wider (or taller) than its box and is cut off or spills over its neighbours. Scroll containers
// are fine (their content scrolls), as is text truncated with an ellipsis whose full text is in
// its title. Only the innermost culprit is named, not every ancestor it pushes.
import type { Page } from '@playwright/test';

export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrolls = (value: string) => value === 'auto' || value === 'scroll';
    const describe = (el: HTMLElement) => {
      const id = el.dataset.testid ? `[data-testid=${el.dataset.testid}]` : '';
      const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
      const text = (el.innerText || el.getAttribute('aria-label') || '').replace(/\s+/g, ' ').trim().slice(0, 40);
      return `${el.tagName.toLowerCase()}${id}${cls} "${text}"`;
    };
    const hidden = (el: HTMLElement, style: CSSStyleDeclaration) =>
      style.visibility === 'hidden' || (style.position === 'absolute' && (style.clip === 'rect(0px, 0px, 0px, 0px)' || style.clipPath === 'inset(50%)'));
    /** Inside a box that scrolls sideways (a tab strip, a table): running past the window is how it works. */
    const inSideScroller = (el: HTMLElement) => {
      for (let up = el.parentElement; up; up = up.parentElement) if (scrolls(getComputedStyle(up).overflowX)) return true;
      return false;
    };
    const context = document.createElement('canvas').getContext('2d');
    /** The width of a field's own text (an empty field's placeholder, a select's chosen option), which scrollWidth does not tell. */
    const fieldText = (el: HTMLElement): string | null => {
      if (el instanceof HTMLSelectElement) return el.selectedOptions[0]?.text ?? null;
      if (el instanceof HTMLInputElement && el.value === '' && el.placeholder) return el.placeholder;
      return null;
    };
    const found: { el: HTMLElement; what: string }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!(el instanceof HTMLElement) || el.closest('[aria-hidden="true"], canvas, svg, [data-overflow="intended"]')) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0 || hidden(el, style) || style.display === 'inline') continue;
      // Wholly outside is the skip link's way of hiding until focused; partly outside is a fault.
      const offScreen = rect.right <= 0 || rect.left >= width;
      if (offScreen) continue;
      if ((rect.right > width + 1 || rect.left < -1) && !inSideScroller(el))
        found.push({ el, what: `runs out of the window (${Math.round(rect.left)}–${Math.round(rect.right)} of ${width} px)` });
      const truncated = style.textOverflow === 'ellipsis' && el.title !== '';
      if (!scrolls(style.overflowX) && !truncated && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
        found.push({ el, what: `content ${el.scrollWidth} px wide in a box of ${el.clientWidth} px` });
      }
      const text = fieldText(el);
      if (text !== null && context) {
        context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        // A select keeps about 20 px for its arrow.
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - (el instanceof HTMLSelectElement ? 20 : 0);
        const needed = Math.ceil(context.measureText(text).width);
        if (needed > room + 1) found.push({ el, what: `its text "${text}" needs ${needed} px, has ${Math.round(room)} px` });
      }
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (clipsY && !truncated && el.scrollHeight > el.clientHeight + 1 && el.clientHeight > 0) {
        found.push({ el, what: `content ${el.scrollHeight} px tall cut to ${el.clientHeight} px` });
      }
    }
    return found.filter(({ el }) => !found.some((other) => other.el !== el && el.contains(other.el))).map(({ el, what }) => `${describe(el)}: ${what}`);
  });
}
