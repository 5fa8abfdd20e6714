'use client';

import { useEffect } from 'react';
import { useLab } from '@/components/lab/LabStoreContext';
import { publishScenario } from '@/lib/lessons/live-scenarios';

/** Shares the scenario of this simulation's newest report with the lesson's artifacts. */
export function PublishScenario({ simId }: { simId: string }) {
  const scenario = useLab((s) => s.report?.scenario ?? null);
  useEffect(() => {
    if (scenario) publishScenario(simId, scenario);
  }, [simId, scenario]);
  return null;
}
