// The Firefox add-on id: what addons.mozilla.org signs, the profile keys the add-on's data by, and
// the key IT uses in policies.json (3rdparty → Extensions → this id). It must never change.
export const GECKO_ID = 'posting-coach@posting-coach.org';
