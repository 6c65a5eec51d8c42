import torch
import torch.nn as nn

torch.manual_seed(0)

encoder = nn.Sequential(nn.Linear(12, 12), nn.ReLU())
encoder.requires_grad_(False)
probe = nn.Linear(12, 5)
optimizer = torch.optim.SGD(probe.parameters(), lr=0.5)
scheduler = torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=5)

features = encoder(torch.randn(40, 12))
labels = torch.randint(0, 5, (40,))
history = []
for _epoch in range(3):
    logits = probe(features)
    loss = nn.functional.cross_entropy(logits, labels)
    loss.backward()  # expect: AGL003
    optimizer.step()
    scheduler.step()
    history.append(loss.item())
print(history)
