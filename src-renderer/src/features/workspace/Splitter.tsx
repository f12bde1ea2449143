// A draggable, keyboard-operable divider between two panes.
import { useRef } from 'react';

export function Splitter({ label, value, onChange, invert = false }: { label: string; value: number; onChange: (px: number) => void; invert?: boolean }) {
  const start = useRef<{ x: number; value: number } | null>(null);
  const sign = invert ? -1 : 1;
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={Math.round(value)}
      tabIndex={0}
      onPointerDown={(e) => {
        start.current = { x: e.clientX, value };
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => start.current && onChange(start.current.value + sign * (e.clientX - start.current.x))}
      onPointerUp={() => (start.current = null)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onChange(value - sign * 24);
        if (e.key === 'ArrowRight') onChange(value + sign * 24);
      }}
    />
  );
}
