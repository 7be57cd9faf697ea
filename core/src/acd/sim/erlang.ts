/**
 * Erlang B / Erlang C (M/M/N, FIFO, no abandonment) and Erlang A (M/M/N+M, exponential patience).
 * a = offered load in erlangs (arrival rate x mean handle time), n = agents.
 */

/** Erlang B blocking probability, by the stable recursion B(0)=1, B(k)=a B(k-1) / (k + a B(k-1)) */
export function erlangB(n: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= n; k++) b = (a * b) / (k + a * b);
  return b;
}

/** probability that an arriving call waits (Erlang C); 1 when the system is overloaded */
export function erlangC(n: number, a: number): number {
  if (a >= n) return 1;
  const b = erlangB(n, a);
  return (n * b) / (n - a * (1 - b));
}

export interface ErlangCResult {
  pWait: number;
  /** P(wait <= targetS) */
  serviceLevel: number;
  asaS: number;
  occupancy: number;
}

/** M/M/N FIFO: service level for a target, average speed of answer, occupancy */
export function erlangCMetrics(n: number, ratePerS: number, ahtS: number, targetS: number): ErlangCResult {
  const a = ratePerS * ahtS;
  if (a >= n) return { pWait: 1, serviceLevel: 0, asaS: Number.POSITIVE_INFINITY, occupancy: 1 };
  const c = erlangC(n, a);
  return {
    pWait: c,
    serviceLevel: 1 - c * Math.exp((-(n - a) * targetS) / ahtS),
    asaS: (c * ahtS) / (n - a),
    occupancy: a / n,
  };
}

/**
 * Erlang A (Palm's M/M/N+M): exponential patience with mean patienceS. Computed from the birth-death chain
 * truncated where the tail is negligible. Returns P(abandon), ASA of answered calls, and P(answered within T).
 */
export function erlangAMetrics(
  n: number,
  ratePerS: number,
  ahtS: number,
  patienceS: number,
  targetS: number,
): { pAbandon: number; asaS: number; serviceLevel: number; occupancy: number } {
  const lambda = ratePerS;
  const mu = 1 / ahtS;
  const theta = 1 / patienceS;
  // unnormalised stationary probabilities p_k (k = calls in system), in log space for stability
  const logp: number[] = [0];
  let k = 0;
  for (;;) {
    const death = k + 1 <= n ? (k + 1) * mu : n * mu + (k + 1 - n) * theta;
    logp.push(logp[k]! + Math.log(lambda / death));
    k++;
    if (k > n && logp[k]! < logp[n]! - 50) break;
    if (k > 100_000) break;
  }
  const mx = Math.max(...logp);
  const p = logp.map((l) => Math.exp(l - mx));
  const z = p.reduce((s, x) => s + x, 0);
  for (let i = 0; i < p.length; i++) p[i] = p[i]! / z;
  // PASTA: an arrival sees k in system with probability p_k. If k >= n it waits in line at position j = k - n
  // (0-based). With exponential patience, it is served when n + j departures... use the exact per-position
  // formulas: each step of the line moves at rate n mu + (j' ) theta for the calls ahead plus its own theta.
  let pAb = 0;
  let waitAnswered = 0;
  let slAnswered = 0;
  let busy = 0;
  for (let i = 0; i < p.length; i++) busy += p[i]! * Math.min(i, n);
  for (let i = 0; i < p.length; i++) {
    const pk = p[i]!;
    if (pk < 1e-300) continue;
    if (i < n) {
      slAnswered += pk;
      continue;
    }
    const j = i - n; // calls ahead in line
    // the tagged call needs j+1 "advances"; at stage m (m calls ahead, m = j..0) the line advances at
    // rate r_m = n mu + m theta (service completions + abandons ahead) and the tagged call abandons at theta.
    // P(survive stage) = r_m / (r_m + theta); time in stage ~ Exp(r_m + theta).
    let surv = 1;
    let meanT = 0; // E[time to answer | answered] accumulates as sum of stage means (memoryless, independent)
    const rates: number[] = [];
    for (let m = j; m >= 0; m--) {
      const r = n * mu + m * theta;
      surv *= r / (r + theta);
      meanT += 1 / (r + theta);
      rates.push(r + theta);
    }
    pAb += pk * (1 - surv);
    waitAnswered += pk * surv * meanT;
    // P(answered within T): time to answer is a sum of independent exponentials (hypoexponential),
    // conditioned on survival; computed numerically by uniformisation-free convolution via CDF recursion.
    slAnswered += pk * surv * hypoexpCdf(rates, targetS);
  }
  const pAnswered = 1 - pAb;
  return {
    pAbandon: pAb,
    asaS: pAnswered > 0 ? waitAnswered / pAnswered : 0,
    serviceLevel: slAnswered,
    occupancy: busy / n,
  };
}

/** CDF at t of a sum of independent exponentials with the given rates (numerically, by uniformisation) */
function hypoexpCdf(rates: number[], t: number): number {
  if (rates.length === 0) return 1;
  const L = Math.max(...rates);
  // Markov chain through stages; uniformise at rate L: P(absorbed by t) = sum_k Pois(k; L t) P(absorbed within k jumps)
  const s = rates.length;
  let dist = new Float64Array(s + 1);
  dist[0] = 1;
  const lt = L * t;
  let pois = Math.exp(-lt);
  let cdf = pois * dist[s]!;
  let acc = pois;
  for (let k = 1; k < 100_000 && acc < 1 - 1e-12; k++) {
    const nd = new Float64Array(s + 1);
    for (let i = 0; i < s; i++) {
      const q = rates[i]! / L;
      nd[i + 1] = nd[i + 1]! + dist[i]! * q;
      nd[i] = nd[i]! + dist[i]! * (1 - q);
    }
    nd[s] = nd[s]! + dist[s]!;
    dist = nd;
    pois *= lt / k;
    acc += pois;
    cdf += pois * dist[s]!;
  }
  return Math.min(1, cdf);
}
