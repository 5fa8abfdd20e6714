import type { Lifetime } from './schema';

/**
 * The length a lifetime shape is built around, what a learner thinks of as "how long a job runs":
 * the fixed value, the middle of a uniform range, the median of a lognormal (not its mean, which a
 * long tail pulls up), and the mean of an exponential. The lab keeps it when the shape changes; the
 * artifacts end a sample job after it.
 */
export function typicalLifetimeSec(l: Lifetime): number {
  switch (l.dist) {
    case 'exponential':
      return l.mean;
    case 'fixed':
      return l.value;
    case 'uniform':
      return (l.min + l.max) / 2;
    case 'lognormal':
      return l.median;
  }
}
