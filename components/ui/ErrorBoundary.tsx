'use client';

import { Component, type ErrorInfo, type ReactNode } from 'react';

export interface Recovery {
  /** What the button says, e.g. "Reset study progress". */
  label: string;
  /** Clears what this part keeps; may ask first, and returns false when the learner declined. */
  run: () => boolean | Promise<boolean>;
}

interface Props {
  /** The part that failed, as a sentence subject: "The lab", "This simulation". */
  feature: string;
  /** A way to clear that part's own data before trying again; "Try again" and "Reload" are always offered. */
  recovery?: Recovery;
  children: ReactNode;
}

/** Long or multi-line messages would swamp the notice; the console keeps the whole error. */
const MESSAGE_MAX = 200;
const shortMessage = (e: unknown): string => {
  const text = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').trim() || 'unknown error';
  return text.length > MESSAGE_MAX ? `${text.slice(0, MESSAGE_MAX)}…` : text;
};

/**
 * Keeps a failure inside one feature: the rest of the page goes on working, and the learner gets
 * a way back (try again, clear this part's data, reload) instead of the framework's error page.
 */
export class ErrorBoundary extends Component<Props, { error: unknown; failed: boolean }> {
  state = { error: null as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`${this.props.feature} failed`, error, info.componentStack);
  }

  private retry = () => this.setState({ error: null, failed: false });

  private recover = async () => {
    const { recovery } = this.props;
    if (recovery && (await recovery.run())) this.retry();
  };

  render() {
    if (!this.state.failed) return this.props.children;
    const { feature, recovery } = this.props;
    return (
      <div role="alert" data-error-boundary className="rounded-card border border-bad/40 bg-surface p-5">
        <p className="font-semibold">{feature} stopped working.</p>
        <p className="mt-1 text-sm break-words text-muted">The error was: {shortMessage(this.state.error)}</p>
        <div className="mt-4 flex flex-wrap gap-2">
          <button type="button" className="lab-chip" onClick={this.retry}>
            Try again
          </button>
          {recovery ? (
            <button type="button" className="lab-chip" onClick={() => void this.recover()}>
              {recovery.label}
            </button>
          ) : null}
          <button type="button" className="lab-chip" onClick={() => window.location.reload()}>
            Reload page
          </button>
        </div>
      </div>
    );
  }
}
