/**
 * This process's peak resident memory in MB. On Linux it is VmHWM of /proc/self/status: the
 * getrusage figure (process.resourceUsage().maxRSS) also counts the memory of the parent the
 * process was forked from, and the bench's parent holds the whole pre-built site.
 */
import { readFileSync } from 'node:fs';

export function peakRssMb() {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: fall through
  }
  return process.resourceUsage().maxRSS / 1024;
}
