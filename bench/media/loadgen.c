// Lean RTP load generator in C (sendmmsg/recvmmsg), same protocol as loadgen.ts:
//   loadgen <host>
//   -> prints {"ready":true,"ports":[a,b]}
//   <- reads one line: CONFIG <seconds> <warmupMs> <calls> <portA0> <portB0> <portA1> <portB1> ...
//   -> prints {"result":{...}} and exits.
// Streams are spread over 20 one-millisecond phase groups; each stream sends a
// 20 ms PCMU packet carrying its send time (double, ms, CLOCK_MONOTONIC) and
// its index, which the relay copies unchanged, so the receiver measures the
// one-way added latency. Built by bench/media/index.ts with `cc -O2` when a C
// compiler exists; otherwise the Node generator is used.
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <math.h>
#include <netinet/in.h>
#include <poll.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define GROUPS 20
#define PKT (12 + 160)
#define HIST_US 10 /* bucket width; HIST buckets = 1 s */
#define HIST 100000
#define BATCH 64

static double now_ms(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

static double cpu_ms(void) {
  struct rusage r;
  getrusage(RUSAGE_SELF, &r);
  return r.ru_utime.tv_sec * 1000.0 + r.ru_utime.tv_usec / 1000.0 + r.ru_stime.tv_sec * 1000.0 + r.ru_stime.tv_usec / 1000.0;
}

static int nstreams;
static uint16_t *seqs;
static uint32_t *tss;
static struct sockaddr_in *dst;
static unsigned char *pkts;
static double *sentN, *recvN;
static int32_t *lastSeq;
static uint32_t hist[HIST];
static int measuring = 0;
static double maxLat = 0;
static long outOfOrder = 0;
static int socks[2];

static void on_packet(const unsigned char *b, int len, double now) {
  if (len < 24) return;
  double sent;
  uint32_t i;
  memcpy(&sent, b + 12, 8);
  memcpy(&i, b + 20, 4);
  if (i >= (uint32_t)nstreams) return;
  recvN[i] += 1;
  int s = (b[2] << 8) | b[3];
  if (lastSeq[i] >= 0 && ((s - lastSeq[i]) & 0xffff) > 0x8000) outOfOrder++;
  lastSeq[i] = s;
  if (!measuring) return;
  double lat = now - sent;
  if (lat > maxLat) maxLat = lat;
  long k = (long)floor(lat * 1000.0 / HIST_US);
  if (k < 0) k = 0;
  if (k >= HIST) k = HIST - 1;
  hist[k]++;
}

static void drain(int fd) {
  static unsigned char bufs[BATCH][256];
  static struct iovec iov[BATCH];
  static struct mmsghdr msgs[BATCH];
  for (;;) {
    for (int j = 0; j < BATCH; j++) {
      iov[j].iov_base = bufs[j];
      iov[j].iov_len = sizeof bufs[j];
      memset(&msgs[j].msg_hdr, 0, sizeof msgs[j].msg_hdr);
      msgs[j].msg_hdr.msg_iov = &iov[j];
      msgs[j].msg_hdr.msg_iovlen = 1;
    }
    int n = recvmmsg(fd, msgs, BATCH, MSG_DONTWAIT, NULL);
    if (n <= 0) return;
    double now = now_ms();
    for (int j = 0; j < n; j++) on_packet(bufs[j], (int)msgs[j].msg_len, now);
    if (n < BATCH) return;
  }
}

static double pct(double p) {
  double total = 0;
  for (int i = 0; i < HIST; i++) total += hist[i];
  if (total == 0) return -1;
  double want = ceil(total * p), acc = 0;
  for (int i = 0; i < HIST; i++) {
    acc += hist[i];
    if (acc >= want) return (i + 1) * HIST_US / 1000.0;
  }
  return -1;
}

static void send_group(int g) {
  static struct mmsghdr msgs[2][BATCH];
  static struct iovec iov[2][BATCH];
  int cnt[2] = {0, 0};
  for (int i = g; i < nstreams; i += GROUPS) {
    int side = i & 1;
    unsigned char *b = pkts + (size_t)i * PKT;
    seqs[i]++;
    tss[i] += 160;
    b[2] = seqs[i] >> 8;
    b[3] = seqs[i] & 0xff;
    uint32_t t = htonl(tss[i]);
    memcpy(b + 4, &t, 4);
    double now = now_ms();
    memcpy(b + 12, &now, 8);
    int c = cnt[side]++;
    iov[side][c].iov_base = b;
    iov[side][c].iov_len = PKT;
    memset(&msgs[side][c].msg_hdr, 0, sizeof msgs[side][c].msg_hdr);
    msgs[side][c].msg_hdr.msg_iov = &iov[side][c];
    msgs[side][c].msg_hdr.msg_iovlen = 1;
    msgs[side][c].msg_hdr.msg_name = &dst[i];
    msgs[side][c].msg_hdr.msg_namelen = sizeof dst[i];
    sentN[i] += 1;
    if (cnt[side] == BATCH) {
      int off = 0;
      while (off < BATCH) {
        int r = sendmmsg(socks[side], msgs[side] + off, BATCH - off, 0);
        if (r <= 0) break;
        off += r;
      }
      cnt[side] = 0;
    }
  }
  for (int side = 0; side < 2; side++) {
    int off = 0;
    while (off < cnt[side]) {
      int r = sendmmsg(socks[side], msgs[side] + off, cnt[side] - off, 0);
      if (r <= 0) break;
      off += r;
    }
  }
}

int main(int argc, char **argv) {
  const char *host = argc > 1 ? argv[1] : "127.0.0.1";
  struct sockaddr_in a;
  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  inet_pton(AF_INET, host, &a.sin_addr);
  int ports[2];
  for (int s = 0; s < 2; s++) {
    socks[s] = socket(AF_INET, SOCK_DGRAM, 0);
    int sz = 4 << 20;
    setsockopt(socks[s], SOL_SOCKET, SO_RCVBUF, &sz, sizeof sz);
    setsockopt(socks[s], SOL_SOCKET, SO_SNDBUF, &sz, sizeof sz);
    a.sin_port = 0;
    if (bind(socks[s], (struct sockaddr *)&a, sizeof a) != 0) {
      perror("bind");
      return 1;
    }
    struct sockaddr_in b;
    socklen_t bl = sizeof b;
    getsockname(socks[s], (struct sockaddr *)&b, &bl);
    ports[s] = ntohs(b.sin_port);
  }
  printf("{\"ready\":true,\"ports\":[%d,%d]}\n", ports[0], ports[1]);
  fflush(stdout);

  char word[32];
  double seconds, warmupMs;
  int calls;
  if (scanf("%31s %lf %lf %d", word, &seconds, &warmupMs, &calls) != 4 || strcmp(word, "CONFIG") != 0) {
    fprintf(stderr, "loadgen: bad config\n");
    return 1;
  }
  nstreams = calls * 2;
  seqs = calloc(nstreams, sizeof *seqs);
  tss = calloc(nstreams, sizeof *tss);
  dst = calloc(nstreams, sizeof *dst);
  pkts = calloc(nstreams, PKT);
  sentN = calloc(nstreams, sizeof *sentN);
  recvN = calloc(nstreams, sizeof *recvN);
  lastSeq = calloc(nstreams, sizeof *lastSeq);
  srand((unsigned)time(NULL) ^ (unsigned)getpid());
  for (int i = 0; i < nstreams; i++) {
    int p;
    if (scanf("%d", &p) != 1) {
      fprintf(stderr, "loadgen: missing port %d\n", i);
      return 1;
    }
    dst[i] = a;
    dst[i].sin_port = htons((uint16_t)p);
    unsigned char *b = pkts + (size_t)i * PKT;
    memset(b, 0xff, PKT);
    b[0] = 0x80;
    b[1] = 0;
    uint32_t ssrc = htonl((uint32_t)rand() * 2654435761u + i);
    memcpy(b + 8, &ssrc, 4);
    uint32_t idx = (uint32_t)i;
    memcpy(b + 20, &idx, 4);
    seqs[i] = (uint16_t)rand();
    tss[i] = (uint32_t)rand();
    lastSeq[i] = -1;
  }

  double groupDue[GROUPS];
  double t0 = now_ms() + 5;
  for (int g = 0; g < GROUPS; g++) groupDue[g] = t0 + g;
  double end = t0 + seconds * 1000.0;
  double cpuW = cpu_ms(), sentW = 0, recvW = 0, sentTotal = 0;
  struct pollfd pfd[2] = {{socks[0], POLLIN, 0}, {socks[1], POLLIN, 0}};
  for (;;) {
    double now = now_ms();
    if (now >= end) break;
    if (!measuring && now >= t0 + warmupMs) {
      measuring = 1;
      cpuW = cpu_ms();
      sentW = sentTotal;
      for (int i = 0; i < nstreams; i++) recvW += recvN[i];
    }
    double next = end;
    for (int g = 0; g < GROUPS; g++) {
      if (now - groupDue[g] > 60) groupDue[g] = now;
      while (groupDue[g] <= now) {
        groupDue[g] += 20;
        send_group(g);
        sentTotal += (nstreams - g + GROUPS - 1) / GROUPS;
      }
      if (groupDue[g] < next) next = groupDue[g];
    }
    drain(socks[0]);
    drain(socks[1]);
    double wait = next - now_ms();
    if (wait > 0) {
      struct timespec ts = {0, (long)(wait * 1e6)};
      if (ppoll(pfd, 2, &ts, NULL) > 0) {
        drain(socks[0]);
        drain(socks[1]);
      }
    }
  }
  double cpuUsed = cpu_ms() - cpuW;
  measuring = 0;
  double drainEnd = now_ms() + 400;
  while (now_ms() < drainEnd) {
    struct timespec ts = {0, 5000000};
    ppoll(pfd, 2, &ts, NULL);
    drain(socks[0]);
    drain(socks[1]);
  }
  double sent = 0, recv = 0;
  int dead = 0;
  for (int i = 0; i < nstreams; i++) {
    sent += sentN[i];
    recv += recvN[i];
    if (recvN[i] == 0) dead++;
  }
  double windowS = seconds - warmupMs / 1000.0;
  double loss = sent > 0 ? (sent - recv) / sent : 0;
  if (loss < 0) loss = 0;
  printf(
      "{\"result\":{\"generator\":\"c\",\"streams\":%d,\"sent\":%.0f,\"received\":%.0f,\"loss\":%.6f,\"deadStreams\":%d,\"outOfOrder\":%ld,"
      "\"ppsSent\":%.1f,\"ppsReceivedWindow\":%.1f,\"latencyMs\":{\"p50\":%.3f,\"p99\":%.3f,\"p999\":%.3f,\"max\":%.3f},\"generatorCpuPct\":%.2f}}\n",
      nstreams, sent, recv, loss, dead, outOfOrder, (sentTotal - sentW) / windowS, (recv - recvW) / windowS, pct(0.5), pct(0.99), pct(0.999),
      maxLat, cpuUsed / (windowS * 1000.0) * 100.0);
  fflush(stdout);
  return 0;
}
