// Keeps a failing viewer inside its tab: whatever a viewer throws while drawing a document, the tab
// shows a sentence and the rest of the workspace goes on.
import { Component, type ReactNode } from 'react';

export class ViewerBoundary extends Component<{ message: string; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <p className="document-error" role="alert" data-testid="document-error">
        {this.props.message}
      </p>
    );
  }
}
