'use client';

import { useEffect, useRef, useState } from 'react';

type State =
  | { kind: 'idle' }
  | { kind: 'recording'; startedAtMs: number }
  | { kind: 'done'; audio: Blob; url: string }
  | { kind: 'unavailable'; reason: string };

/** Why recording is impossible in this browser, or null when it may work. */
function unsupported(): string | null {
  if (typeof window === 'undefined') return null;
  if (!navigator.mediaDevices?.getUserMedia || typeof MediaRecorder === 'undefined')
    return 'This browser cannot record audio here.';
  return null;
}

/**
 * Records one spoken answer with the browser's MediaRecorder. The audio stays on this device:
 * it goes to the parent, which keeps it in IndexedDB. No microphone or a refused permission
 * leaves a clear note, and writing the answer works as before.
 */
export function Recorder({ onAudio }: { onAudio: (audio: Blob | null) => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const recorder = useRef<MediaRecorder | null>(null);

  // Release the microphone and the playback URL when leaving the page.
  useEffect(
    () => () => {
      recorder.current?.stream.getTracks().forEach((t) => t.stop());
    },
    [],
  );
  useEffect(() => (state.kind === 'done' ? () => URL.revokeObjectURL(state.url) : undefined), [state]);

  const start = async () => {
    const no = unsupported();
    if (no) return setState({ kind: 'unavailable', reason: no });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (e) {
      const denied = e instanceof DOMException && (e.name === 'NotAllowedError' || e.name === 'SecurityError');
      return setState({
        kind: 'unavailable',
        reason: denied ? 'Microphone permission was refused.' : 'No microphone could be opened.',
      });
    }
    const chunks: Blob[] = [];
    const rec = new MediaRecorder(stream);
    rec.ondataavailable = (e) => e.data.size && chunks.push(e.data);
    rec.onstop = () => {
      stream.getTracks().forEach((t) => t.stop());
      const audio = new Blob(chunks, { type: rec.mimeType || 'audio/webm' });
      setState({ kind: 'done', audio, url: URL.createObjectURL(audio) });
      onAudio(audio);
    };
    recorder.current = rec;
    rec.start();
    setState({ kind: 'recording', startedAtMs: Date.now() });
  };

  const stop = () => recorder.current?.state === 'recording' && recorder.current.stop();

  const discard = () => {
    setState({ kind: 'idle' });
    onAudio(null);
  };

  if (state.kind === 'unavailable')
    return (
      <p role="status" className="rounded-lg bg-surface-2 p-3 text-sm" data-testid="recorder-unavailable">
        {state.reason} Write your answer in the box instead; it is graded the same way.
      </p>
    );
  return (
    <div className="flex flex-wrap items-center gap-2">
      {state.kind === 'recording' ? (
        <button type="button" className="lab-chip border-bad" onClick={stop}>
          <span aria-hidden="true" className="mr-2 inline-block size-3 rounded-full bg-bad" />
          Stop recording
        </button>
      ) : (
        <button type="button" className="lab-chip" onClick={start}>
          {state.kind === 'done' ? 'Record again' : 'Record your answer'}
        </button>
      )}
      {state.kind === 'recording' ? (
        <span role="status" className="text-sm">
          Recording… speak for about two minutes.
        </span>
      ) : null}
      {state.kind === 'done' ? (
        <>
          <audio controls src={state.url} className="h-11 max-w-full" aria-label="Your recording" />
          <button type="button" className="lab-chip px-3 text-sm" onClick={discard}>
            Discard
          </button>
        </>
      ) : null}
      <span className="basis-full text-sm text-muted">Recordings stay in this browser; nothing is uploaded.</span>
    </div>
  );
}
