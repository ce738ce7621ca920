// The machine a bench ran on.
import fs from 'node:fs';
import os from 'node:os';

export interface Machine {
  nproc: number;
  cpu: string;
  memoryGB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the bench started: above the core count, other work competed for the CPU. */
  loadAverage: number;
}

export function machine(): Machine {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) cpu = match[1]!.trim();
  } catch {
    // not Linux: keep what os.cpus() says
  }
  return { nproc: os.availableParallelism(), cpu, memoryGB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10, node: process.version, platform: `${os.platform()} ${os.release()}`, loadAverage: Math.round(os.loadavg()[0]! * 100) / 100 };
}
