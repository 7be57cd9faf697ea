-- IVR data on CDRs: the flow a caller went through, whether the call was
-- completed in self-service (IVR 终级服务单元, counted as answered in the
-- answer-rate report), and the variables collected (screen pop, reports).
ALTER TABLE cdrs ADD COLUMN ivr_flow text NOT NULL DEFAULT '';
ALTER TABLE cdrs ADD COLUMN ivr_served boolean NOT NULL DEFAULT false;
ALTER TABLE cdrs ADD COLUMN vars jsonb NOT NULL DEFAULT '{}'::jsonb;
