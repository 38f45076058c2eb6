-- The roles each person holds through their account, published for other modules' read models: training's
-- requirements of a role (a line manager mentors contractors) are read for thousands of people in one query. A
-- disabled account holds no role.
create view person_role as
select u.person_id, r.role
from user_account u join user_role r on r.user_account = u.id
where u.enabled;
