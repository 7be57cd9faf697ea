-- Skills-based routing data: an agent's skills with a proficiency level
-- (1-10) and the skills a queue requires. Pushed to core in the snapshot.
ALTER TABLE agents ADD COLUMN skills jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE queues ADD COLUMN required_skills text[] NOT NULL DEFAULT '{}';
