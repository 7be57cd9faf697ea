-- Queue announcements (排队提示音): the caller's position and estimated
-- wait, spoken every announce_every_s seconds (0 = off) in announce_lang
-- ('zh', 'en' or 'zh_en': Mandarin then English).
ALTER TABLE queues ADD COLUMN announce_every_s integer NOT NULL DEFAULT 0 CHECK (announce_every_s = 0 OR announce_every_s BETWEEN 5 AND 3600);
ALTER TABLE queues ADD COLUMN announce_lang text NOT NULL DEFAULT 'zh' CHECK (announce_lang IN ('zh', 'en', 'zh_en'));
