-- The language of the desk's pages an account chose ('en', 'es'); null follows the browser's Accept-Language.
alter table account add column interface_language varchar(8);
