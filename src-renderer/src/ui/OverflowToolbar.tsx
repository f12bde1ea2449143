// A toolbar on one row: its groups in order, as many as the width holds, and the rest in a "More"
// menu at the end (the way OHIF and office suites fold a toolbar), so that a narrow pane never
// stacks the tools in rows over the image. Each group keeps its controls, inline or in the menu.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { usePopover } from './use-popover';
import { groupsThatFit } from './toolbar-fit';

export interface ToolbarGroup {
  id: string;
  /** Read out for the group, and its heading in the menu. */
  label: string;
  content: ReactNode;
}

export function OverflowToolbar({ label, moreLabel, groups, className }: { label: string; moreLabel: string; groups: ToolbarGroup[]; className?: string }) {
  const row = useRef<HTMLDivElement>(null);
  const widths = useRef(new Map<string, number>());
  const [fit, setFit] = useState(groups.length);
  const popover = usePopover();

  const ids = useRef<string[]>([]);
  ids.current = groups.map((g) => g.id);
  const observer = useRef<ResizeObserver | null>(null);

  // Measured when the row or a group shown changes size (the language, the zoom readout, the file's
  // windows), never on every render: the viewer re-renders on every image while scrolling. Groups
  // in the menu keep their last width.
  useLayoutEffect(() => {
    const el = row.current;
    if (!el) return;
    const measure = () => {
      for (const child of el.querySelectorAll<HTMLElement>(':scope > [data-group]')) {
        const id = child.dataset.group;
        if (id) widths.current.set(id, child.getBoundingClientRect().width);
      }
      const next = groupsThatFit(
        ids.current.map((id) => widths.current.get(id) ?? 0),
        el.clientWidth,
      );
      setFit((current) => (current === next ? current : next));
    };
    observer.current = new ResizeObserver(measure);
    observer.current.observe(el);
    return () => observer.current?.disconnect();
  }, []);
  // A group newly on the row is observed (observing one already observed does nothing).
  useLayoutEffect(() => {
    for (const child of row.current?.querySelectorAll<HTMLElement>(':scope > [data-group]') ?? []) observer.current?.observe(child);
  });

  const inline = groups.slice(0, fit);
  const folded = groups.slice(fit);
  return (
    <div ref={row} className={`overflow-toolbar ${className ?? ''}`} role="toolbar" aria-label={label}>
      {inline.map((g) => (
        <span key={g.id} className="toolbar-group" role="group" aria-label={g.label} data-group={g.id}>
          {g.content}
        </span>
      ))}
      {folded.length > 0 && (
        <span className="overflow-toolbar__more">
          <button type="button" className="button button--secondary button--small" {...popover.triggerProps} aria-haspopup="true" data-testid="toolbar-more">
            {moreLabel} ▾
          </button>
          {popover.open && (
            <div
              ref={popover.panel}
              tabIndex={-1}
              className="overflow-toolbar__panel"
              role="group"
              aria-label={moreLabel}
              data-testid="toolbar-more-panel"
              // A button chosen closes the menu, as menus do; a field (the cine rate), a box to tick, or a
              // button that opens its own menu (▾ of a split button) keeps it open.
              onClick={(e) => e.target instanceof Element && e.target.closest('button:not([aria-haspopup])') && popover.close()}
            >
              {folded.map((g) => (
                <div key={g.id} className="overflow-toolbar__section" role="group" aria-label={g.label}>
                  <span className="overflow-toolbar__heading">{g.label}</span>
                  <span className="toolbar-group">{g.content}</span>
                </div>
              ))}
            </div>
          )}
        </span>
      )}
    </div>
  );
}
