-- Call quality per leg (issue #4: RTCP jitter, loss and round trip with the
-- CDR, beside mos). "customer" is leg a (caller / carrier side), "agent" is
-- the agent's phone. NULL = not measured (no audio from that party, a
-- browser agent, a transfer segment); rtt 0 = no RTCP report and no SIP
-- round trip. jitter and rtt in ms; loss_fraction = lost / (received + lost).
ALTER TABLE cdrs
  ADD COLUMN customer_jitter_ms double precision,
  ADD COLUMN customer_lost integer,
  ADD COLUMN customer_loss_fraction double precision,
  ADD COLUMN customer_rtt_ms double precision,
  ADD COLUMN agent_jitter_ms double precision,
  ADD COLUMN agent_lost integer,
  ADD COLUMN agent_loss_fraction double precision,
  ADD COLUMN agent_rtt_ms double precision;
