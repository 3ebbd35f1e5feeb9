#include "KeyCommand.h"

#include "api/ApiTask.h"
#include "api/KeyService.h"
#include "keys/KeyListModel.h"

KeyCommand::KeyCommand(const KeyCommandContext& context, const QList<ApiKey>& keys, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_keys(keys)
{ }

KeyCommand::~KeyCommand()
{
    if (m_task && m_cancellable)
        m_task->cancel();
}

bool KeyCommand::allows(Restrictions restrictions, const QList<ApiKey>& keys, const KeyListModel* model)
{
    return whyNot(restrictions, keys, model).isEmpty();
}

QString KeyCommand::whyNot(Restrictions restrictions, const QList<ApiKey>& keys, const KeyListModel* model)
{
    if ((restrictions & (NeedSelection | OnlyOneKey)) && keys.isEmpty())
        return tr("Select a key first.");
    if ((restrictions & OnlyOneKey) && keys.size() != 1)
        return tr("Select exactly one key.");
    if (restrictions & MustBeRestricted) {
        for (const ApiKey& key : keys) {
            const bool restricted = model ? model->typeDisplay(key) == KeyListModel::TypeDisplay::Restricted
                                          : key.type == ApiKey::Type::Restricted;
            if (!restricted)
                return tr("Only Restricted keys have permissions.");
        }
    }
    return {};
}

void KeyCommand::start()
{
    if (needsKey() && m_keys.isEmpty()) {
        fail(ApiError::invalidRequest(tr("Select a key first.")));
        return;
    }
    doStart();
}

bool KeyCommand::cancel()
{
    if (m_done)
        return true;
    if (!m_cancellable)
        return false;
    if (m_task)
        m_task->cancel(); // the callback then reports Cancelled
    else
        cancelled();
    return true;
}

void KeyCommand::readCurrent(std::function<void(const ApiKey&)> then)
{
    const QString name = key().friendlyName.isEmpty() ? key().sid : key().friendlyName;
    reportProgress(tr("Reading the permissions of “%1”…").arg(name), true);
    ApiTask* task = m_context.keys->fetch(key().sid, KeyApi::Iam,
                                          [this, then = std::move(then)](ApiResult<ApiKey> result) {
                                              if (!result.ok()) {
                                                  fail(result.error());
                                                  return;
                                              }
                                              m_context.model->updateKey(result.value());
                                              then(result.value());
                                          });
    setTask(task, true);
}

void KeyCommand::setTask(ApiTask* task, bool cancellable)
{
    m_task = task;
    m_cancellable = cancellable;
}

void KeyCommand::reportProgress(const QString& text, bool cancellable)
{
    m_cancellable = cancellable;
    Q_EMIT progress(text, cancellable);
}

void KeyCommand::finish(const QString& summary)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(summary);
    deleteLater();
}

void KeyCommand::fail(const ApiError& error)
{
    if (m_done)
        return;
    if (error.kind() == ApiError::Kind::Cancelled) {
        cancelled();
        return;
    }
    m_done = true;
    Q_EMIT failed(error);
    deleteLater();
}

void KeyCommand::cancelled()
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT canceled();
    deleteLater();
}
