/**
 * The Python the contrib apps and view decorators are written in, in the lazily loaded chunk:
 * only a running project needs them, never the first prompt.
 */
export { default as sessionAuth } from './auth/session_auth.py?raw';
export { default as authDecorators } from './auth/decorators.py?raw';
export { default as authViews } from './auth/views.py?raw';
export { default as authUrls } from './auth/urls.py?raw';
export { default as authForms } from './auth/forms.py?raw';
export { default as passwordValidation } from './auth/password_validation.py?raw';
export { default as messages } from './messages/messages.py?raw';
export { default as viewsHttp } from '../views/decorators/http.py?raw';
export { default as viewsCsrf } from '../views/decorators/csrf.py?raw';
export { default as viewsCache } from '../views/decorators/cache.py?raw';
export { default as genericDetail } from '../views/generic/detail.py?raw';
export { default as genericList } from '../views/generic/list.py?raw';
export { default as genericEdit } from '../views/generic/edit.py?raw';
export { default as paginator } from '../core/paginator.py?raw';
export { default as testClient } from '../test/client.py?raw';
export { default as testCases } from '../test/testcases.py?raw';
export { default as testUtils } from '../test/utils.py?raw';
export { default as testRunner } from '../test/runner.py?raw';
export { default as admin } from './admin/__init__.py?raw';
export { default as adminUtils } from './admin/utils.py?raw';
export { default as adminPages } from './admin/pages.py?raw';
export { default as adminLog } from './admin/log.py?raw';
export { default as adminHelpers } from './admin/helpers.py?raw';
export { default as adminActions } from './admin/actions.py?raw';
export { default as adminForms } from './admin/forms.py?raw';
export { default as adminOptions } from './admin/options.py?raw';
export { default as adminSites } from './admin/sites.py?raw';
export { default as adminChangelist } from './admin/views/main.py?raw';
export { default as authAdmin } from './auth/admin.py?raw';
export { default as adminCss } from './admin/static/admin/css/base.css?raw';
export { default as adminIconYes } from './admin/static/admin/img/icon-yes.svg?raw';
export { default as adminIconNo } from './admin/static/admin/img/icon-no.svg?raw';
export { default as adminIconUnknown } from './admin/static/admin/img/icon-unknown.svg?raw';
export { default as adminSearch } from './admin/static/admin/img/search.svg?raw';
export { default as adminAddlink } from './admin/static/admin/img/icon-addlink.svg?raw';
export { default as adminChangelink } from './admin/static/admin/img/icon-changelink.svg?raw';
export { default as adminDeletelink } from './admin/static/admin/img/icon-deletelink.svg?raw';
