#include "KeyCommands.h"

#include "api/AccountService.h"
#include "api/ApiClient.h"
#include "api/ApiTask.h"
#include "common/Confirmation.h"
#include "common/SecretOnceDialog.h"
#include "core/SecretVault.h"
#include "keys/CreateKeyDialog.h"
#include "keys/KeyDetailsLoader.h"
#include "keys/KeyDuplicator.h"
#include "keys/KeyListModel.h"
#include "keys/PermissionCatalog.h"
#include "keys/PermissionEditor.h"
#include "keys/PermissionEditorDialog.h"
#include "profiles/Session.h"

#include <QSet>

namespace {

QString keyName(const ApiKey& key)
{
    return key.friendlyName.isEmpty() ? key.sid : key.friendlyName;
}

} // namespace

// ---- CreateKeyCommand ----

CreateKeyCommand::CreateKeyCommand(const KeyCommandContext& context, const QList<ApiKey>& keys,
                                   QObject* parent)
    : KeyCommand(context, keys, parent)
{ }

CreateKeyCommand::~CreateKeyCommand()
{
    if (m_dialog && !m_dialog->isBusy())
        m_dialog->deleteLater();
}

void CreateKeyCommand::doStart()
{
    if (keys().isEmpty()) {
        openDialog(std::nullopt);
        return;
    }
    const ApiKey source = key();
    if (source.detailsKnown()) {
        openDialog(source);
        return;
    }
    // The list does not carry permissions: read the source first.
    readCurrent([this](const ApiKey& current) { openDialog(current); });
}

void CreateKeyCommand::openDialog(const std::optional<ApiKey>& source)
{
    m_dialog = new CreateKeyDialog(context().parentWidget);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<CreateKeyDialog::Account> accounts;
    const QString current = context().keys->targetAccountSid();
    accounts << CreateKeyDialog::Account { current, tr("This account (%1)").arg(current), QString() };
    for (const auto& sub : context().subaccounts)
        if (sub.first != current)
            accounts << CreateKeyDialog::Account { sub.first,
                                                   tr("Subaccount “%1” (%2)").arg(sub.second, sub.first),
                                                   QString() };
    if (source && context().profileTargets && context().openProfile)
        for (const auto& target : context().profileTargets())
            accounts << CreateKeyDialog::Account {
                target.accountSid, tr("Profile “%1” (%2)").arg(target.name, target.accountSid),
                target.profileId
            };
    m_dialog->setAccounts(source ? accounts : accounts.mid(0, 1));
    if (source)
        m_dialog->setSource(*source);
    connect(m_dialog, &CreateKeyDialog::submitted, this, &CreateKeyCommand::submit);
    connect(m_dialog, &QDialog::rejected, this, [this] { cancelled(); });
    reportProgress({}, true);
    m_dialog->open();
}

KeyService* CreateKeyCommand::serviceFor(const QString& accountSid)
{
    if (accountSid.isEmpty() || accountSid == context().keys->targetAccountSid())
        return context().keys;
    if (!m_otherAccount)
        m_otherAccount = new KeyService(context().client, this);
    m_otherAccount->setTargetAccountSid(accountSid);
    return m_otherAccount;
}

void CreateKeyCommand::submit()
{
    if (!m_dialog)
        return;
    const QString accountSid = m_dialog->targetAccountSid();
    const QString profileId = m_dialog->targetProfileId();
    if (profileId.isEmpty()) {
        submitInto(serviceFor(accountSid), accountSid);
        return;
    }
    // Another profile: its own credential, read from the keychain, for its own account.
    m_dialog->setBusy(tr("Connecting to the other profile…"));
    reportProgress(tr("Connecting to the other profile…"), false);
    QPointer<CreateKeyCommand> self(this);
    context().openProfile(profileId, this,
                          [self, accountSid](std::shared_ptr<Session> session, const QString& error) {
                              if (!self || !self->m_dialog)
                                  return;
                              if (!session) {
                                  self->m_dialog->showFailure(error);
                                  self->reportProgress({}, true);
                                  return;
                              }
                              self->m_profileSession = std::move(session);
                              self->submitInto(self->m_profileSession->keys(), accountSid);
                          });
}

void CreateKeyCommand::submitInto(KeyService* into, const QString& accountSid)
{
    if (!m_dialog)
        return;
    m_into = into;
    const KeyCreateRequest request = m_dialog->request();
    m_dialog->setBusy(tr("Creating “%1”…").arg(request.friendlyName));
    reportProgress(tr("Creating “%1”…").arg(request.friendlyName), false);
    QPointer<CreateKeyCommand> self(this);

    if (const auto& source = m_dialog->source()) {
        DuplicateRequest duplicate;
        duplicate.sourceSid = source->sid;
        duplicate.source = *source;
        duplicate.friendlyName = request.friendlyName;
        const Policy before = m_dialog->basePolicy();
        duplicate.add = before.addedIn(request.policy);
        duplicate.remove = before.removedIn(request.policy);
        auto* duplicator = new KeyDuplicator(context().keys, into, this);
        ApiTask* task
            = duplicator->duplicate(duplicate, [self, accountSid](ApiResult<DuplicateResult> result) {
                  if (!self)
                      return;
                  if (!result.ok()) {
                      if (self->m_dialog)
                          self->m_dialog->showFailure(result.error().sentence());
                      self->reportProgress({}, true);
                      return;
                  }
                  self->created(std::move(result.value().created), accountSid);
              });
        setTask(task, false);
        return;
    }

    // No snapshot from the page: the loaded list may be partial or stale. KeyService reads the list itself
    // just before the create, so an ambiguous failure is judged against what existed then.
    ApiTask* task = into->create(request, [self, accountSid](ApiResult<CreatedKey> result) {
        if (!self)
            return;
        if (!result.ok()) {
            if (self->m_dialog)
                self->m_dialog->showFailure(result.error().sentence());
            self->reportProgress({}, true);
            return;
        }
        self->created(result.take(), accountSid);
    });
    setTask(task, false);
}

void CreateKeyCommand::created(CreatedKey created, const QString& accountSid)
{
    const bool sameAccount = m_into == context().keys;
    if (sameAccount) {
        context().model->updateKey(created.key);
        if (created.key.type != ApiKey::Type::Restricted)
            context().model->markStandard(created.key.sid);
    }
    if (m_dialog) {
        disconnect(m_dialog, &QDialog::rejected, this, nullptr);
        m_dialog->finishSubmitted();
    }
    if (created.outcome == CreatedKey::Outcome::CreatedSecretLost) {
        secretLost(created, accountSid);
        return;
    }
    auto* secretDialog = new SecretOnceDialog(context().clipboard, context().parentWidget);
    secretDialog->setAttribute(Qt::WA_DeleteOnClose);
    secretDialog->setObjectName(QStringLiteral("secretOnceDialog"));
    secretDialog->setWindowTitle(tr("New API key"));
    secretDialog->setIntro(tr("Key “%1” was created.").arg(keyName(created.key)));
    secretDialog->setSid(created.key.sid);
    secretDialog->setSecret(std::move(created.secret));
    SecretVault* vault = context().vault;
    secretDialog->setKeychainAvailable(vault && vault->backend() == SecretVault::Backend::Keychain);
    const QString sid = created.key.sid;
    const QString name = keyName(created.key);
    reportProgress({}, false);
    // "Keep in my keychain" is stored while the dialog is open: if the keychain refuses, the secret is
    // still shown there to be copied by hand.
    auto memoryOnly = std::make_shared<bool>(false);
    if (vault)
        secretDialog->setKeychainStore(
            [vault, sid, memoryOnly, self = QPointer<KeyCommand>(this)](
                SecretBytes secret, std::function<void(bool, const QString&)> done) {
                vault->store(SecretVault::apiKeyEntry(sid), secret,
                             [done, memoryOnly](const SecretVault::Result& r) {
                                 *memoryOnly = r.keptInMemoryOnly;
                                 done(r.ok, r.error);
                             });
                secret.clear();
            });
    connect(secretDialog, &QDialog::finished, this, [this, secretDialog, name, memoryOnly](int) {
        if (!secretDialog->storedInKeychain())
            finish(tr("Key “%1” created.").arg(name));
        else if (*memoryOnly)
            finish(tr("Key “%1” created; its secret is kept for this session only (no keychain answered).")
                       .arg(name));
        else
            finish(tr("Key “%1” created; its secret is in your keychain.").arg(name));
    });
    secretDialog->open();
}

void CreateKeyCommand::secretLost(const CreatedKey& created, const QString& accountSid)
{
    Confirmation::Question question;
    question.objectName = QStringLiteral("secretLostDialog");
    question.title = tr("Key created, secret lost");
    question.icon = QMessageBox::Warning;
    question.text = tr("Key “%1” (%2) exists, but the answer that carried its secret was lost. Twilio never "
                       "shows a secret again, so this key's secret can never be shown.")
                        .arg(keyName(created.key), created.key.sid);
    question.informativeText = tr("Delete it now and create another? (%1)").arg(created.cause.sentence());
    question.confirmText = tr("Delete this key");
    question.cancelText = tr("Keep it");
    question.destructive = true;
    if (!Confirmation::ask(context().parentWidget, question)) {
        finish(tr("Key “%1” was created; its secret could not be shown.").arg(keyName(created.key)));
        return;
    }
    KeyService* service = m_into ? m_into : serviceFor(accountSid);
    const bool sameAccount = service == context().keys;
    const ApiKey key = created.key;
    reportProgress(tr("Deleting “%1”…").arg(keyName(key)), false);
    ApiTask* task = service->remove(key.sid, KeyApi::Iam, [this, key, sameAccount](ApiResult<bool> result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        if (sameAccount) {
            context().model->removeKey(key.sid);
            context().details->forget(key.sid);
        }
        finish(tr("Key “%1” was deleted; create a new one.").arg(keyName(key)));
    });
    setTask(task, false);
}

// ---- RenameKeyCommand ----

RenameKeyCommand::RenameKeyCommand(const KeyCommandContext& context, const QList<ApiKey>& keys,
                                   const QString& newName, QObject* parent)
    : KeyCommand(context, keys, parent)
    , m_newName(newName.trimmed())
{ }

void RenameKeyCommand::doStart()
{
    const ApiKey old = key();
    if (m_newName == old.friendlyName) {
        cancelled();
        return;
    }
    KeyUpdate update;
    update.friendlyName = m_newName;
    if (const QString problem = KeyService::checkFriendlyName(m_newName); !problem.isEmpty()) {
        fail(ApiError::invalidRequest(problem));
        return;
    }
    reportProgress(tr("Renaming “%1” to “%2”…").arg(keyName(old), m_newName), false);
    ApiTask* task
        = context().keys->update(old.sid, update, KeyApi::Iam, [this, old](ApiResult<ApiKey> result) {
              if (!result.ok()) {
                  fail(result.error());
                  return;
              }
              context().model->updateKey(result.value());
              finish(tr("Renamed “%1” to “%2”.").arg(keyName(old), keyName(result.value())));
          });
    setTask(task, false);
}

// ---- EditPermissionsCommand ----

EditPermissionsCommand::EditPermissionsCommand(const KeyCommandContext& context, const QList<ApiKey>& keys,
                                               std::optional<Policy> startWith, QObject* parent)
    : KeyCommand(context, keys, parent)
    , m_startWith(std::move(startWith))
{ }

void EditPermissionsCommand::doStart()
{
    // Always read the current policy: Twilio replaces the whole policy, so the diff must be against what
    // the key has now, not what the list saw earlier.
    readCurrent([this](const ApiKey& current) { openEditor(current); });
}

void EditPermissionsCommand::openEditor(const ApiKey& current)
{
    const Policy before = current.policy.value_or(Policy());
    auto* dialog = new PermissionEditorDialog(keyName(current), current.sid, before, context().parentWidget);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("permissionEditorDialog"));
    if (m_startWith)
        if (auto* editor = dialog->findChild<PermissionEditor*>())
            editor->setPolicy(*m_startWith);
    reportProgress({}, true);
    connect(dialog, &QDialog::rejected, this, [this] { cancelled(); });
    connect(dialog, &QDialog::accepted, this, [this, dialog, current, before] {
        const PermissionCatalog& catalog = PermissionCatalog::builtIn();
        // Twilio answers "…/<resource>/*" where every action is granted; the editor lists the actions.
        // Unchanged grants send nothing; what did not change keeps the wildcard form.
        const Policy after(catalog.collapseLike(dialog->policy().allow(), before.allow()));
        m_attempted = dialog->policy();
        if (catalog.sameGrants(after.allow(), before.allow())) {
            finish(tr("The permissions of “%1” did not change.").arg(keyName(current)));
            return;
        }
        KeyUpdate update;
        update.policy = after;
        reportProgress(tr("Saving the permissions of “%1”…").arg(keyName(current)), false);
        ApiTask* task = context().keys->update(
            current.sid, update, KeyApi::Iam, [this, current, before, after](ApiResult<ApiKey> result) {
                if (!result.ok()) {
                    fail(result.error());
                    return;
                }
                context().model->updateKey(result.value());
                const Policy was(PermissionCatalog::builtIn().expand(before.allow()));
                const Policy now(PermissionCatalog::builtIn().expand(after.allow()));
                finish(tr("Saved the permissions of “%1”: %2 added, %3 "
                          "removed.")
                           .arg(keyName(current))
                           .arg(was.addedIn(now).size())
                           .arg(was.removedIn(now).size()));
            });
        setTask(task, false);
    });
    dialog->open();
}

// ---- DeleteKeyCommand ----

DeleteKeyCommand::DeleteKeyCommand(const KeyCommandContext& context, const QList<ApiKey>& keys,
                                   QObject* parent)
    : KeyCommand(context, keys, parent)
{ }

QString DeleteKeyCommand::question(const ApiKey& key)
{
    return tr("Delete the API key “%1” (%2)?").arg(keyName(key), key.sid);
}

void DeleteKeyCommand::doStart()
{
    const ApiKey victim = key();
    Confirmation::Question q;
    q.objectName = QStringLiteral("deleteKeyConfirmation");
    q.title = tr("Delete API key");
    q.icon = QMessageBox::Warning;
    q.text = question(victim);
    q.informativeText = tr("Every Access Token this key issued stops working at once, and every program that "
                           "calls Twilio with this key starts failing. This cannot be undone.");
    q.confirmText = tr("Delete key");
    q.cancelText = tr("Keep key");
    q.destructive = true;
    if (!Confirmation::ask(context().parentWidget, q)) {
        cancelled();
        return;
    }
    reportProgress(tr("Deleting “%1”…").arg(keyName(victim)), false);
    ApiTask* task = context().keys->remove(victim.sid, KeyApi::Iam, [this, victim](ApiResult<bool> result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        context().model->removeKey(victim.sid);
        context().details->forget(victim.sid);
        // A deleted key's secret is of no use; do not keep it in the keychain. Failure here is harmless.
        if (context().vault)
            context().vault->remove(SecretVault::apiKeyEntry(victim.sid), [](const SecretVault::Result&) {});
        finish(tr("Deleted “%1” (%2).").arg(keyName(victim), victim.sid));
    });
    setTask(task, false);
}
